package com.followup.admin.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The console's defaults.
 *
 * @param zone the centre's zone: times are shown in it until the viewer's browser names its own
 * @param previewTime how long an agent previews a call before it is dialed by itself
 * @param departments the departments an agent can hand a problem to while none is stored as data
 *     (offered as suggestions; any name may be typed); once departments are stored ({@code PUT
 *     /api/departments}) those are offered instead
 */
@ConfigurationProperties("followup.console")
public record ConsoleSettings(
    @Bindable(defaultValue = "Asia/Shanghai") ZoneId zone,
    @Bindable(defaultValue = "30s") Duration previewTime,
    @Bindable(defaultValue = "service,sales,parts,complaints") List<String> departments) {}
