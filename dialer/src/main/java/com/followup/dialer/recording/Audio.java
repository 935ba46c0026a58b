package com.followup.dialer.recording;

import io.micronaut.core.annotation.Nullable;
import java.io.InputStream;

/**
 * A recording's audio, or the part of it a range asked for, ready to stream.
 *
 * @param partial true for 206 (a range was served), false for the whole file
 * @param length the number of bytes in {@code body}; -1 when the source did not say
 * @param contentRange for a partial answer, {@code bytes start-end/total}
 * @param unsatisfiable true when the range asked for lies outside the audio (416); then {@code
 *     contentRange} is {@code bytes * /total} and the body is empty
 */
public record Audio(
    String mediaType,
    boolean partial,
    boolean unsatisfiable,
    long length,
    @Nullable String contentRange,
    InputStream body) {}
