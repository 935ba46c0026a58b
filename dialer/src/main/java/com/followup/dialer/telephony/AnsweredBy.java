package com.followup.dialer.telephony;

/** Who answered, as answering-machine detection tells it. */
public enum AnsweredBy {
  PERSON,
  MACHINE,
  UNKNOWN
}
