package com.followup.campaign.ingest;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The hash that tells a re-sent record from a changed one: the first 8 bytes (big-endian) of the
 * MD5 of the fields' UTF-8 forms, each followed by a 0 byte (an absent field is the 0 byte alone).
 * Stored with every record, so it must never change; written here into one reused buffer instead of
 * a byte array per field. One instance per thread.
 */
final class ContentHash {

  private static final long YEAR_10000 = 253_402_300_800L;

  private final MessageDigest md5;
  private final byte[] result = new byte[16];
  private byte[] buffer = new byte[256];
  private int size;

  ContentHash() {
    try {
      this.md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  ContentHash text(String field) {
    if (field != null) {
      ensure(3 * field.length());
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c < 0x80) {
          buffer[size++] = (byte) c;
        } else if (c < 0x800) {
          buffer[size++] = (byte) (0xC0 | c >> 6);
          buffer[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)
            && i + 1 < field.length()
            && Character.isLowSurrogate(field.charAt(i + 1))) {
          int code = Character.toCodePoint(c, field.charAt(++i));
          buffer[size++] = (byte) (0xF0 | code >> 18);
          buffer[size++] = (byte) (0x80 | code >> 12 & 0x3F);
          buffer[size++] = (byte) (0x80 | code >> 6 & 0x3F);
          buffer[size++] = (byte) (0x80 | code & 0x3F);
        } else if (Character.isSurrogate(c)) {
          buffer[size++] = '?'; // as String.getBytes(UTF_8) writes an unpaired surrogate
        } else {
          buffer[size++] = (byte) (0xE0 | c >> 12);
          buffer[size++] = (byte) (0x80 | c >> 6 & 0x3F);
          buffer[size++] = (byte) (0x80 | c & 0x3F);
        }
      }
    }
    return end();
  }

  /** The instant as {@link Instant#toString()} writes it. */
  ContentHash time(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (instant.getNano() != 0 || seconds < 0 || seconds >= YEAR_10000) {
      return text(instant.toString());
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    ensure(20);
    digits(t.getYear(), 4).put('-');
    digits(t.getMonthValue(), 2).put('-');
    digits(t.getDayOfMonth(), 2).put('T');
    digits(t.getHour(), 2).put(':');
    digits(t.getMinute(), 2).put(':');
    digits(t.getSecond(), 2).put('Z');
    return end();
  }

  /** The hash of the fields given since the last call. */
  long finish() {
    md5.update(buffer, 0, size);
    size = 0;
    try {
      md5.digest(result, 0, result.length);
    } catch (DigestException e) {
      throw new IllegalStateException(e);
    }
    long hash = 0;
    for (int i = 0; i < 8; i++) {
      hash = hash << 8 | (result[i] & 0xFF);
    }
    return hash;
  }

  private ContentHash end() {
    ensure(1);
    buffer[size++] = 0;
    return this;
  }

  private ContentHash digits(int value, int width) {
    for (int i = size + width - 1; i >= size; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += width;
    return this;
  }

  private void put(char c) {
    buffer[size++] = (byte) c;
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      md5.update(buffer, 0, size);
      size = 0;
      if (more > buffer.length) {
        buffer = new byte[more];
      }
    }
  }
}
