package com.followup.dialer.survey;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Automated survey calls ({@code followup.survey.*}).
 *
 * @param problemDepartment the department a low answer's PROBLEM ticket is for
 * @param tick how often the survey loop places the queued survey calls
 * @param gatherTimeoutSeconds how long a question waits for a key or words before it is asked again
 *     (once), then the call ends unanswered
 */
@ConfigurationProperties("followup.survey")
public record SurveySettings(
    @Bindable(defaultValue = "Customer service") String problemDepartment,
    @Bindable(defaultValue = "1s") Duration tick,
    @Bindable(defaultValue = "6") int gatherTimeoutSeconds) {}
