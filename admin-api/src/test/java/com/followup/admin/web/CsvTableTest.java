package com.followup.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one formula escape every CSV export (reports, verifications, dashboards) goes through. */
class CsvTableTest {

  @Test
  void a_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() {
    assertThat(CsvTable.cell("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvTable.cell("+86 138")).isEqualTo("'+86 138");
    assertThat(CsvTable.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvTable.cell("\tcmd")).isEqualTo("'\tcmd");
    assertThat(CsvTable.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
  }

  @Test
  void plain_cells_stay_as_they_are_and_separators_are_quoted() {
    assertThat(CsvTable.cell("Wang Wei")).isEqualTo("Wang Wei");
    assertThat(CsvTable.cell("a=b")).isEqualTo("a=b");
    assertThat(CsvTable.cell(null)).isEmpty();
    assertThat(CsvTable.cell("a,b")).isEqualTo("\"a,b\"");
  }

  @Test
  void a_table_is_utf8_with_a_bom_and_crlf_lines() {
    String text =
        new String(CsvTable.of(List.of("name"), List.of(List.of("=1+1"))), StandardCharsets.UTF_8);

    assertThat(text).isEqualTo("\uFEFFname\r\n'=1+1\r\n");
  }
}
