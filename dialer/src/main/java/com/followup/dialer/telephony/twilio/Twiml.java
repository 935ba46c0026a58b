package com.followup.dialer.telephony.twilio;

import com.followup.dialer.telephony.AgentEndpoint;
import com.followup.dialer.telephony.Turn;
import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Client;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Say;
import java.net.URI;
import java.util.List;

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

  /**
   * Asks a survey question: the text, then one key (or words, with hints) for {@code action}; with
   * no input Twilio still calls {@code action}, without {@code Digits}.
   */
  static String gather(Turn.Ask ask, URI action) {
    boolean speech = !ask.speechHints().isEmpty();
    Gather.Builder gather =
        new Gather.Builder()
            .action(action)
            .method(HttpMethod.POST)
            .numDigits(1)
            .timeout(ask.timeoutSeconds())
            .actionOnEmptyResult(true)
            .inputs(
                speech
                    ? List.of(Gather.Input.DTMF, Gather.Input.SPEECH)
                    : List.of(Gather.Input.DTMF))
            .say(say(ask.text(), ask.language()));
    if (speech) {
      gather
          .hints(String.join(", ", ask.speechHints()))
          .language(zh(ask.language()) ? Gather.Language.CMN_HANS_CN : Gather.Language.EN_US);
    }
    return new VoiceResponse.Builder().gather(gather.build()).build().toXml();
  }

  /** Says {@code text} in {@code language} (if any) and hangs up: a survey's closing. */
  static String sayThenHangUp(String text, String language) {
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    if (text != null && !text.isBlank()) {
      response.say(say(text, language));
    }
    return response.hangup(new Hangup.Builder().build()).build().toXml();
  }

  private static Say say(String text, String language) {
    return new Say.Builder(text)
        .language(zh(language) ? Say.Language.CMN_CN : Say.Language.EN_US)
        .build();
  }

  private static boolean zh(String language) {
    return "zh".equals(language);
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
