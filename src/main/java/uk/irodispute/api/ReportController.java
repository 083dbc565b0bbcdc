package uk.irodispute.api;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.irodispute.reports.AnnualFigures;
import uk.irodispute.reports.RegisterCsv;
import uk.irodispute.reports.RegisterJson;
import uk.irodispute.reports.RegisterRow;
import uk.irodispute.reports.ReportTimes;
import uk.irodispute.reports.Reports;

/**
 * For managers: the dispute register (JSON or CSV, by the day each dispute was raised) and the
 * figures of a reporting year for the IRO annual report.
 */
@RestController
@RequestMapping("/api/v1")
class ReportController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private final Reports reports;

  ReportController(Reports reports) {
    this.reports = reports;
  }

  /**
   * The disputes raised from {@code from} to {@code to} (both included; from the first dispute and
   * up to today when not given), each as it stands now.
   */
  @GetMapping("/register")
  ResponseEntity<?> register(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    LocalDate first = from == null ? EARLIEST : date("from", from);
    LocalDate last = to == null ? reports.today() : date("to", to);
    if (last.isBefore(first)) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "to", "'to' " + to + " is before 'from' " + from)
          .toException();
    }
    List<RegisterRow> rows = reports.register(first, last);
    if (wantsCsv(format, accept)) {
      return ResponseEntity.ok()
          .contentType(CSV)
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"dispute-register"
                  + (from == null ? "" : "-from-" + first)
                  + (to == null ? "" : "-to-" + last)
                  + ".csv\"")
          .body(RegisterCsv.write(rows));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", from == null ? null : first.toString());
    body.put("to", to == null ? null : last.toString());
    body.put("asAt", ReportTimes.format(reports.now()));
    body.put("count", rows.size());
    body.put("disputes", rows.stream().map(RegisterJson::of).toList());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** The figures of the reporting year that starts in {@code year}; the current one by default. */
  @GetMapping("/reports/annual")
  AnnualFigures annual(@RequestParam(required = false) String year) {
    int startYear;
    if (year == null) {
      startYear = reports.currentYear().startYear();
    } else {
      try {
        startYear = Integer.parseInt(year.strip());
      } catch (NumberFormatException e) {
        throw badYear(year);
      }
      if (startYear < EARLIEST.getYear() || startYear > 2999) {
        throw badYear(year);
      }
    }
    return reports.annual(startYear);
  }

  private static ApiError.ApiException badYear(String year) {
    return new ApiError(
            HttpStatus.BAD_REQUEST,
            "year",
            "year '"
                + year
                + "' is not the year a reporting year starts in, for example 2026 for April 2026"
                + " to March 2027")
        .toException();
  }

  private static boolean wantsCsv(String format, String accept) {
    if (format != null) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "csv" -> true;
        case "json" -> false;
        default ->
            throw new ApiError(
                    HttpStatus.BAD_REQUEST,
                    "format",
                    "format '" + format + "' is not known; formats: csv, json")
                .toException();
      };
    }
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
  }

  private static LocalDate date(String parameter, String text) {
    try {
      LocalDate day = LocalDate.parse(text.strip());
      if (day.isBefore(EARLIEST)) {
        throw new DateTimeException("too early");
      }
      return day;
    } catch (DateTimeException e) {
      throw new ApiError(
              HttpStatus.BAD_REQUEST,
              parameter,
              "'"
                  + parameter
                  + "' "
                  + text
                  + " is not a date from 2000 on, written YYYY-MM-DD (for example 2026-04-01)")
          .toException();
    }
  }
}
