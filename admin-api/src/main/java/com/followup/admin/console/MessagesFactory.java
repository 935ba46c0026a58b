package com.followup.admin.console;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The console's texts, from {@code i18n/messages*.properties} (English and zh-CN). */
@Factory
class MessagesFactory {

  @Singleton
  MessageSource consoleMessages() {
    return new ResourceBundleMessageSource("i18n.messages");
  }
}
