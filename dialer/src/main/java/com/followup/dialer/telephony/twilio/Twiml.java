package com.followup.dialer.telephony.twilio;

import com.followup.dialer.telephony.AgentEndpoint;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Client;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Say;

/** The TwiML documents the adapter answers and updates calls with, built with twilio-java. */
final class Twiml {

  private Twiml() {}

  /**
   * An answered call waits here for the detection result and an agent; when neither comes within
   * {@code holdSeconds} it hears the abandon message and is hung up.
   */
  static String hold(int holdSeconds, String abandonMessage) {
    VoiceResponse.Builder response =
        new VoiceResponse.Builder().pause(new Pause.Builder().length(holdSeconds).build());
    return sayThenHangUp(response, abandonMessage);
  }

  /**
   * Connects the call to the agent's softphone or phone; a {@code announcement} (the campaign's
   * recording announcement) is said to the person first, so the agent is dialed only after it.
   */
  static String dial(AgentEndpoint agent, String announcement) {
    Dial.Builder dial = new Dial.Builder().answerOnBridge(true);
    if (agent.isPhoneNumber()) {
      dial.number(new Number.Builder(agent.address()).build());
    } else {
      dial.client(new Client.Builder(agent.address()).build());
    }
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    if (announcement != null && !announcement.isBlank()) {
      response.say(new Say.Builder(announcement).build());
    }
    return response.dial(dial.build()).build().toXml();
  }

  /** Says {@code message} (if any) and hangs up: the abandon message, or a machine's message. */
  static String sayThenHangUp(String message) {
    return sayThenHangUp(new VoiceResponse.Builder(), message);
  }

  static String hangUp() {
    return new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build().toXml();
  }

  private static String sayThenHangUp(VoiceResponse.Builder response, String message) {
    if (message != null && !message.isBlank()) {
      response.say(new Say.Builder(message).build());
    }
    return response.hangup(new Hangup.Builder().build()).build().toXml();
  }
}
