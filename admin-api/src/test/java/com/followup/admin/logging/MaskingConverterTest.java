package com.followup.admin.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingConverterTest {

  @Test
  void phone_numbers_keep_only_their_last_three_digits() {
    assertThat(MaskingConverter.mask("dialing +8613812345678 now"))
        .isEqualTo("dialing +**********678 now");
    assertThat(MaskingConverter.mask("customer 138 1234 5678 called"))
        .isEqualTo("customer *** **** *678 called");
    assertThat(MaskingConverter.mask("(602) 555-0142")).doesNotContain("555");
  }

  @Test
  void passwords_secrets_and_tokens_are_hidden() {
    assertThat(MaskingConverter.mask("jdbc:mysql://db/x?user=app&password=hunter22&ssl=true"))
        .contains("password=****")
        .doesNotContain("hunter22");
    assertThat(MaskingConverter.mask("{\"password\": \"hunter22\"}")).doesNotContain("hunter22");
    assertThat(MaskingConverter.mask("Authorization: Bearer abc.def.ghi"))
        .isEqualTo("Authorization: Bearer ****");
    assertThat(
            MaskingConverter.mask("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl"))
        .doesNotContain("eyJzdWIi");
    assertThat(MaskingConverter.mask("authToken=abcdef0123456789")).doesNotContain("abcdef");
  }

  @Test
  void ordinary_text_numbers_times_and_ids_stay_readable() {
    String line = "Startup completed in 2842ms at 23:07:52.184, upload 42 accepted 990 rows";
    assertThat(MaskingConverter.mask(line)).isEqualTo(line);
    assertThat(MaskingConverter.mask("instance vm1795475314584"))
        .isEqualTo("instance vm1795475314584");
  }
}
