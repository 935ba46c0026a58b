package com.followup.admin.agent;

import com.followup.dialer.telephony.AgentVoiceTokens;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;

/**
 * The agent's softphone credential: in Twilio mode a Voice SDK token under the agent's user name,
 * the identity the dialer bridges answered customers to. 404 where the telephony needs none (the
 * simulator) or no API key is configured.
 */
@Controller("/api/agent/voice-token")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"AGENT", "MANAGER"})
class VoiceTokenController {

  private final AgentVoiceTokens tokens;

  VoiceTokenController(AgentVoiceTokens tokens) {
    this.tokens = tokens;
  }

  @Get
  HttpResponse<?> token(Authentication authentication) {
    return tokens
        .issue(authentication.getName())
        .<HttpResponse<?>>map(HttpResponse::ok)
        .orElseGet(
            () ->
                HttpResponse.status(HttpStatus.NOT_FOUND)
                    .body(
                        Map.of(
                            "message",
                            "no softphone token: the telephony is the simulator, or"
                                + " followup.twilio.voice.api-key-sid/api-key-secret are not set")));
  }
}
