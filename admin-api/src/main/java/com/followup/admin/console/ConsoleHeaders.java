package com.followup.admin.console;

import com.followup.admin.agent.Softphone;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Tells the browser that console pages load and talk to nothing but this app (no CDN, no fonts from
 * elsewhere, no inline scripts), and may not be framed by another site. The one exception is the
 * agent desk in twilio mode, whose softphone (Twilio's Voice SDK, itself served from this app)
 * talks to Twilio: see {@link #SOFTPHONE_POLICY}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ConsoleHeaders {

  static final String POLICY = policy("'self'", "'self'");

  /**
   * The agent desk's policy when the softphone is on. Twilio's documented endpoints for the Voice
   * JavaScript SDK: signalling over {@code wss://voice-js.<edge>.twilio.com/signal} (edges such as
   * {@code roaming}, {@code singapore}, {@code tokyo}), call-quality events to {@code
   * https://eventgw[.<region>].twilio.com}, and its ring and hang-up sounds from {@code
   * https://sdk.twilio.com} (fetched, and played as audio). The call's audio itself is WebRTC
   * (STUN/TURN and media on UDP), which CSP does not govern. Scripts still come from this app only.
   */
  static final String SOFTPHONE_POLICY =
      policy(
          "'self' blob: https://sdk.twilio.com", "'self' wss://*.twilio.com https://*.twilio.com");

  /** The path of the agent desk page. */
  static final String AGENT_DESK = "/agent";

  private final Softphone softphone;

  ConsoleHeaders(Softphone softphone) {
    this.softphone = softphone;
  }

  private static String policy(String media, String connect) {
    return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
        + " data:; media-src "
        + media
        + "; connect-src "
        + connect
        + "; font-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
  }

  @ResponseFilter
  void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (!ConsolePaths.isConsole(request)) {
      return;
    }
    response.header("Content-Security-Policy", policyFor(request.getPath()));
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "same-origin");
    response.header("X-Frame-Options", "DENY");
  }

  private String policyFor(String path) {
    boolean desk = path.equals(AGENT_DESK) || path.equals(AGENT_DESK + "/");
    return desk && softphone.available() ? SOFTPHONE_POLICY : POLICY;
  }
}
