package uk.irodispute.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register's CSV: RFC 4180 quoting, CRLF line ends, London times, no formulas. */
class RegisterCsvTest {

  @Test
  void aRowIsWrittenUnderTheHeaderWithLondonTimesAndEmptyAbsentValues() {
    String csv = RegisterCsv.write(List.of(row("Care plan not complied with")));

    assertThat(csv.split("\r\n", -1))
        .containsExactly(
            String.join(",", RegisterCsv.COLUMNS),
            "DRP-2026-000001,test-lcs,https://lcs.council.example/case/C-1,restorative-iro-cp,"
                + "2026-1,LAC,care-plan-not-complied-with,Care plan not complied with,"
                + "2026-06-01T10:00:00+01:00,,open,level-1,Level 1: Service Manager,true,"
                + "level-1,Level 1: Service Manager,2026-06-08T17:00:00+01:00,false,3,0,false,0,"
                + "false,",
            "");
  }

  @Test
  void aValueWithACommaOrQuoteIsQuotedAndOneLikeAFormulaIsDefused() {
    assertThat(RegisterCsv.cell("Drift, or \"delay\"")).isEqualTo("\"Drift, or \"\"delay\"\"\"");
    assertThat(RegisterCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(RegisterCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(RegisterCsv.cell("@SUM")).isEqualTo("'@SUM");
    assertThat(RegisterCsv.cell(null)).isEmpty();
  }

  @Test
  void theJsonRowHasTheCsvColumnsTyped() {
    var json = RegisterJson.of(row("Care plan not complied with"));

    assertThat(json.keySet()).containsExactlyElementsOf(RegisterCsv.COLUMNS);
    assertThat(json.get("workingDays")).isEqualTo(3);
    assertThat(json.get("formal")).isEqualTo(true);
    assertThat(json.get("closedAt")).isNull();
    assertThat(json.get("raisedAt")).isEqualTo("2026-06-01T10:00:00+01:00");
  }

  private static RegisterRow row(String categoryName) {
    return new RegisterRow(
        "DRP-2026-000001",
        "test-lcs",
        "https://lcs.council.example/case/C-1",
        "restorative-iro-cp",
        "2026-1",
        "LAC",
        "care-plan-not-complied-with",
        categoryName,
        Instant.parse("2026-06-01T09:00:00Z"),
        null,
        "open",
        "level-1",
        "Level 1: Service Manager",
        true,
        "level-1",
        "Level 1: Service Manager",
        Instant.parse("2026-06-08T16:00:00Z"),
        false,
        3,
        0,
        false,
        0,
        false,
        null);
  }
}
