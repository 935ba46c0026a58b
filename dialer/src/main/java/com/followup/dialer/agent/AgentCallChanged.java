package com.followup.dialer.agent;

/**
 * Published in-process after the commit of any change to an agent or the agent's call (reserved or
 * previewed, dialed, bridged, ended, outcome in, state changed) on this instance. Listeners run on
 * the dialer's threads: keep them short and non-blocking (hand off to a sink or queue). A change
 * made on another instance is not published here; poll {@link Agents#changeVersion} for those.
 */
public record AgentCallChanged(String username) {}
