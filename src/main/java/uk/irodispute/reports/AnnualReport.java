package uk.irodispute.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.reports.AnnualFigures.Breaches;
import uk.irodispute.reports.AnnualFigures.CategoryCount;
import uk.irodispute.reports.AnnualFigures.Outcomes;
import uk.irodispute.reports.AnnualFigures.StageCount;
import uk.irodispute.reports.AnnualFigures.TimeToResolution;

/** Works out a reporting year's {@link AnnualFigures} from the register as at the year's end. */
public final class AnnualReport {

  private final DisputeRegister register;
  private final ProtocolRegistry protocols;

  public AnnualReport(DisputeRegister register, ProtocolRegistry protocols) {
    this.register = register;
    this.protocols = protocols;
  }

  /**
   * @param year the reporting year
   * @param histories at least every dispute raised in the year and every one raised before it that
   *     was open when it began; others are left out
   * @param now the time now: figures for a year not yet over stand at now
   */
  public AnnualFigures figures(ReportingYear year, List<DisputeHistory> histories, Instant now) {
    Instant asAt = year.end().isAfter(now) ? now : year.end().minusNanos(1);
    List<RegisterRow> carriedIn =
        register.rows(histories, year.start().minusNanos(1)).stream()
            .filter(r -> !r.closed())
            .toList();
    List<RegisterRow> raised =
        register.rows(histories, asAt).stream()
            .filter(r -> !r.raisedAt().isBefore(year.start()))
            .toList();
    List<RegisterRow> disputes = raised.stream().filter(r -> !r.commendation()).toList();
    List<Integer> days =
        disputes.stream()
            .filter(RegisterRow::resolved)
            .map(RegisterRow::workingDays)
            .sorted()
            .toList();
    return new AnnualFigures(
        year.label(),
        year.firstDay(),
        year.lastDay(),
        ReportTimes.format(asAt),
        disputes.size(),
        raised.size() - disputes.size(),
        carriedIn.size(),
        byCategory(disputes),
        byStageReached(disputes),
        new Outcomes(
            count(disputes, r -> r.resolved() && !r.formal()),
            count(disputes, r -> r.resolved() && r.formal()),
            count(disputes, r -> "withdrawn".equals(r.status())),
            count(disputes, r -> "referred".equals(r.status())),
            count(disputes, r -> !r.closed())),
        new TimeToResolution(days.size(), median(days), mean(days)),
        new Breaches(
            count(disputes, r -> r.breachedStages() > 0),
            disputes.stream().mapToInt(RegisterRow::breachedStages).sum(),
            count(disputes, RegisterRow::capBreached)),
        count(disputes, RegisterRow::referredToCafcass),
        count(disputes, r -> !r.closed()));
  }

  private static List<CategoryCount> byCategory(List<RegisterRow> rows) {
    Map<String, CategoryCount> counts = new LinkedHashMap<>();
    for (RegisterRow r : rows) {
      counts.merge(
          r.category(),
          new CategoryCount(r.category(), r.categoryName(), 1),
          (a, b) -> new CategoryCount(a.category(), a.name(), a.disputes() + 1));
    }
    return counts.values().stream()
        .sorted(
            Comparator.comparingInt(CategoryCount::disputes)
                .reversed()
                .thenComparing(CategoryCount::category))
        .toList();
  }

  private List<StageCount> byStageReached(List<RegisterRow> rows) {
    Map<String, StageCount> counts = new LinkedHashMap<>();
    Map<String, Integer> order = new LinkedHashMap<>();
    for (RegisterRow r : rows) {
      String key = r.protocol() + "/" + r.stageReached();
      order.putIfAbsent(key, stageIndex(r));
      counts.merge(
          key,
          new StageCount(r.protocol(), r.stageReached(), r.stageReachedName(), 1),
          (a, b) -> new StageCount(a.protocol(), a.stage(), a.name(), a.disputes() + 1));
    }
    return counts.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, StageCount> e) -> e.getValue().protocol())
                .thenComparing(e -> order.get(e.getKey())))
        .map(Map.Entry::getValue)
        .toList();
  }

  private int stageIndex(RegisterRow r) {
    return protocols
        .version(r.protocol(), r.protocolVersion())
        .or(() -> protocols.latest(r.protocol()))
        .flatMap(p -> p.track(r.track()))
        .map(t -> t.indexOf(r.stageReached()))
        .orElse(Integer.MAX_VALUE);
  }

  private static int count(List<RegisterRow> rows, Predicate<RegisterRow> which) {
    return (int) rows.stream().filter(which).count();
  }

  /** The middle value of sorted values, or the mean of the two middle ones; null for none. */
  static BigDecimal median(List<Integer> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int n = sorted.size();
    BigDecimal middle =
        n % 2 == 1
            ? BigDecimal.valueOf(sorted.get(n / 2))
            : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2));
    return middle.setScale(1, RoundingMode.HALF_UP);
  }

  /** The mean to one decimal place, halves rounded up; null for none. */
  static BigDecimal mean(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    int sum = values.stream().mapToInt(Integer::intValue).sum();
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
  }
}
