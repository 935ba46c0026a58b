package com.followup.admin.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * How large a record upload may be.
 *
 * @param maxUploadSize the largest upload body in bytes ({@code 512MB}, {@code 64KB} …;
 *     FOLLOWUP_INGEST_MAX_UPLOAD_SIZE): a larger one is refused with 413 before it is read, and the
 *     dealer's desk checks a chosen file against it before sending. The server's own {@code
 *     micronaut.server.max-request-size} must not be smaller.
 */
@ConfigurationProperties("followup.ingest")
public record UploadLimit(@Bindable(defaultValue = "512MB") @ReadableBytes long maxUploadSize) {}
