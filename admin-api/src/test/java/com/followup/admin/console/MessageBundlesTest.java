package com.followup.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

  @Test
  void every_console_text_exists_in_english_and_in_chinese() throws IOException {
    Properties english = bundle("i18n/messages.properties");
    Properties chinese = bundle("i18n/messages_zh_CN.properties");

    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(chinese.stringPropertyNames())
        .allSatisfy(key -> assertThat(chinese.getProperty(key)).isNotBlank());
  }

  @Test
  void no_text_holds_a_plain_apostrophe_which_message_formatting_would_swallow()
      throws IOException {
    Properties english = bundle("i18n/messages.properties");

    assertThat(english.stringPropertyNames())
        .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).doesNotContain("'"));
  }

  private static Properties bundle(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
