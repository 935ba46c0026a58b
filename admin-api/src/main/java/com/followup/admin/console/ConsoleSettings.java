package com.followup.admin.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.ZoneId;

/**
 * The console's defaults.
 *
 * @param zone the centre's zone: times are shown in it until the viewer's browser names its own
 */
@ConfigurationProperties("followup.console")
public record ConsoleSettings(@Bindable(defaultValue = "Asia/Shanghai") ZoneId zone) {}
