package com.followup.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupFailureTest {

  @Test
  void urls_keep_host_port_and_schema_but_lose_their_passwords() {
    assertThat(StartupFailure.redact("jdbc:mysql://127.0.0.1:3306/followup"))
        .isEqualTo("jdbc:mysql://127.0.0.1:3306/followup");
    assertThat(StartupFailure.redact("jdbc:mysql://app:hunter22@db:3306/followup"))
        .isEqualTo("jdbc:mysql://app:****@db:3306/followup");
    assertThat(StartupFailure.redact("jdbc:mysql://db/followup?user=app&password=hunter22&ssl=1"))
        .isEqualTo("jdbc:mysql://db/followup?user=app&password=****&ssl=1");
  }
}
