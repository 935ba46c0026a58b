package com.followup.dialer.calls;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One attempt with what happened to it.
 *
 * @param telephonyMode SIMULATOR or TWILIO
 * @param answeredBy PERSON, MACHINE or UNKNOWN when answering machine detection ran
 * @param wrapUpSeconds the agent's time after the call
 * @param notes the agent's notes
 */
public record CallDetail(
    LoggedCall call,
    String telephonyMode,
    @Nullable String answeredBy,
    @Nullable Integer wrapUpSeconds,
    @Nullable String notes,
    List<CallStep> steps) {}
