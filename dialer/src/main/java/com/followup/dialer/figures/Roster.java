package com.followup.dialer.figures;

/**
 * The day's roster as the dialer knows it.
 *
 * @param loggedIn agents logged in now (any state but OFFLINE)
 * @param workedToday agents logged in now or at any moment since the day began
 * @param known every agent the dialer has seen
 */
public record Roster(int loggedIn, int workedToday, int known) {}
