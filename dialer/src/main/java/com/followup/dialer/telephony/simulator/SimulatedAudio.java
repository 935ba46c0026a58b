package com.followup.dialer.telephony.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Generated audio standing in for a recorded call: 8 kHz 16-bit PCM WAV with two channels, the
 * customer's side (left) and the agent's (right) taking turns, as a dual-channel recording has.
 */
final class SimulatedAudio {

  private static final int RATE = 8000;
  private static final int CHANNELS = 2;
  private static final int BYTES_PER_SAMPLE = 2;

  private SimulatedAudio() {}

  /** {@code seconds} of turns; {@code seed} varies the tones so calls do not all sound alike. */
  static byte[] conversation(int seconds, long seed) {
    int frames = seconds * RATE;
    double customer = 300 + (seed % 7) * 20;
    double agent = 500 + (seed % 5) * 25;
    ByteBuffer pcm = ByteBuffer.allocate(frames * CHANNELS * BYTES_PER_SAMPLE);
    pcm.order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < frames; i++) {
      double t = (double) i / RATE;
      boolean customerSpeaks = ((int) t) % 2 == 0; // one second each, turn about
      pcm.putShort(tone(customerSpeaks, customer, t));
      pcm.putShort(tone(!customerSpeaks, agent, t));
    }
    return wav(pcm.array());
  }

  private static short tone(boolean speaking, double hz, double t) {
    if (!speaking) {
      return 0;
    }
    double syllables = 0.5 + 0.5 * Math.sin(2 * Math.PI * 3 * t); // a speech-like rise and fall
    return (short) (Math.sin(2 * Math.PI * hz * t) * syllables * 8000);
  }

  private static byte[] wav(byte[] pcm) {
    ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    header.putInt(36 + pcm.length);
    header.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    header.putInt(16); // PCM format chunk
    header.putShort((short) 1);
    header.putShort((short) CHANNELS);
    header.putInt(RATE);
    header.putInt(RATE * CHANNELS * BYTES_PER_SAMPLE);
    header.putShort((short) (CHANNELS * BYTES_PER_SAMPLE));
    header.putShort((short) (8 * BYTES_PER_SAMPLE));
    header.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    header.putInt(pcm.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(44 + pcm.length);
    out.writeBytes(header.array());
    out.writeBytes(pcm);
    return out.toByteArray();
  }
}
