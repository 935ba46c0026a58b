package com.followup.dialer.telephony.twilio;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;

/** The TwiML answering a reply to one of our texts, built with twilio-java's builders. */
public final class SmsTwiml {

  private SmsTwiml() {}

  /** {@code <Response/>}, or {@code <Response><Message>answer</Message></Response>}. */
  public static String reply(String answer) {
    MessagingResponse.Builder twiml = new MessagingResponse.Builder();
    if (answer != null) {
      twiml.message(new Message.Builder().body(new Body.Builder(answer).build()).build());
    }
    return twiml.build().toXml();
  }
}
