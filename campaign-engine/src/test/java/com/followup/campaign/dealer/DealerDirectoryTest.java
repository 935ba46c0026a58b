package com.followup.campaign.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followup.campaign.time.SettableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest
class DealerDirectoryTest {

  @Inject DealerDirectory dealers;
  @Inject SettableClock clock;

  private static String code() {
    return "T" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void a_registered_dealer_is_stored_with_its_zone_and_registration_time() {
    clock.set(Instant.parse("2026-11-22T01:30:00Z"));
    String code = code();

    dealers.register(code, "乌鲁木齐 Motors", "CN", "Asia/Urumqi");

    Dealer stored = dealers.find(code).orElseThrow();
    assertThat(stored.name()).isEqualTo("乌鲁木齐 Motors");
    assertThat(stored.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
    assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-11-22T01:30:00Z"));
    assertThat(dealers.all()).extracting(Dealer::code).contains(code);
  }

  @Test
  void a_taken_code_is_refused_and_the_first_dealer_is_kept() {
    String code = code();
    dealers.register(code, "First", "US", "America/Phoenix");

    assertThatThrownBy(() -> dealers.register(code, "Second", "US", "America/Phoenix"))
        .isInstanceOf(DealerAlreadyExists.class);
    assertThat(dealers.find(code).orElseThrow().name()).isEqualTo("First");
  }

  @Test
  void invalid_dealers_are_refused_before_anything_is_written() {
    String code = code();

    assertThatThrownBy(() -> dealers.register(code, "X", "CN", "Asia/Nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timezone");
    assertThatThrownBy(() -> dealers.register(code, "X", "ZZ", "Asia/Shanghai"))
        .hasMessageContaining("country");
    assertThatThrownBy(() -> dealers.register(code, " ", "CN", "Asia/Shanghai"))
        .hasMessageContaining("name");
    assertThatThrownBy(() -> dealers.register(code, "X", "CN", "UTC+8"))
        .hasMessageContaining("IANA");
    assertThat(dealers.find(code)).isEmpty();
  }
}
