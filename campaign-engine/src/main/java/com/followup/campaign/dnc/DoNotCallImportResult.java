package com.followup.campaign.dnc;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a do-not-call import did: every good line is on the list, every bad one is reported by its
 * line, and a bad line never stopped a good one.
 *
 * @param lines the number lines read (the header and blank lines not counted)
 * @param added numbers put on the list (or re-worded, when already there)
 * @param rejected lines refused
 * @param errors the first {@link DoNotCallImport#MAX_ERRORS} refusals, by line
 */
@Serdeable
public record DoNotCallImportResult(
    int lines, int added, int rejected, List<ImportedLineError> errors) {

  public DoNotCallImportResult {
    errors = List.copyOf(errors);
  }

  public boolean complete() {
    return rejected == 0;
  }
}
