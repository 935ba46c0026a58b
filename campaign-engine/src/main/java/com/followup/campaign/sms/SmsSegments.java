package com.followup.campaign.sms;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How a text travels as SMS: in GSM-7 when every character is in the GSM 03.38 alphabet (the
 * extension table's characters, such as {@code € [ ] { } ~ ^ | \}, take two septets), else in UCS-2
 * (any Chinese character, emoji …). One segment holds 160 septets or 70 UCS-2 units; a longer text
 * is split into segments of 153 septets or 67 units (the rest carries the joining header).
 *
 * @param characters the characters the reader sees (code points)
 * @param units septets (GSM-7) or UTF-16 units (UCS-2) the text takes
 * @param encoding {@code GSM-7} or {@code UCS-2}
 * @param segments the segments it is sent (and charged) as; 0 for an empty text
 */
@Serdeable
public record SmsSegments(int characters, int units, String encoding, int segments) {

  public static final String GSM_7 = "GSM-7";
  public static final String UCS_2 = "UCS-2";

  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String EXTENSION = "\f^{}\\[~]|€";

  /** Counts {@code text} as it would be sent. */
  public static SmsSegments of(String text) {
    String t = text == null ? "" : text;
    int characters = t.codePointCount(0, t.length());
    int septets = 0;
    boolean gsm = true;
    for (int i = 0; i < t.length() && gsm; i++) {
      char c = t.charAt(i);
      if (BASIC.indexOf(c) >= 0) {
        septets += 1;
      } else if (EXTENSION.indexOf(c) >= 0) {
        septets += 2;
      } else {
        gsm = false;
      }
    }
    if (gsm) {
      return new SmsSegments(characters, septets, GSM_7, segments(septets, 160, 153));
    }
    return new SmsSegments(characters, t.length(), UCS_2, segments(t.length(), 70, 67));
  }

  private static int segments(int units, int single, int perPart) {
    if (units == 0) {
      return 0;
    }
    return units <= single ? 1 : (units + perPart - 1) / perPart;
  }
}
