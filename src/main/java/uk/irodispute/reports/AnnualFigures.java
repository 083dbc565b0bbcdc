package uk.irodispute.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures an IRO annual report needs for one reporting year. Every figure is about the disputes
 * raised in the year, as they stood at its end (or now, for the year in progress); commendations
 * (excellent practice recorded) are counted apart and in no other figure.
 *
 * @param year for example {@code 2026-27}
 * @param from the year's first day
 * @param to the year's last day
 * @param asAt the time the figures stand at: the end of the year, or now while it runs
 * @param disputesRaised disputes raised in the year
 * @param commendationsRecorded excellent practice recorded in the year
 * @param openAtStart disputes raised before the year and still open when it began
 * @param byCategory disputes raised, by category, the most first
 * @param byStageReached disputes raised, by the highest stage each reached, in the protocol's order
 * @param outcomes how the disputes raised ended, or that they are still open
 * @param timeToResolution working days from raised to resolved, of those resolved
 * @param breaches stages past their due time and overall limits reached
 * @param referredToCafcass disputes the chair referred to CAFCASS
 * @param stillOpenAtYearEnd disputes raised in the year and not closed by its end
 */
public record AnnualFigures(
    String year,
    LocalDate from,
    LocalDate to,
    String asAt,
    int disputesRaised,
    int commendationsRecorded,
    int openAtStart,
    List<CategoryCount> byCategory,
    List<StageCount> byStageReached,
    Outcomes outcomes,
    TimeToResolution timeToResolution,
    Breaches breaches,
    int referredToCafcass,
    int stillOpenAtYearEnd) {

  public AnnualFigures {
    byCategory = List.copyOf(byCategory);
    byStageReached = List.copyOf(byStageReached);
  }

  /**
   * @param category the category's id
   * @param name its name
   * @param disputes how many
   */
  public record CategoryCount(String category, String name, int disputes) {}

  /**
   * @param protocol the protocol's id
   * @param stage the stage's id
   * @param name its name
   * @param disputes how many reached no higher
   */
  public record StageCount(String protocol, String stage, String name, int disputes) {}

  /**
   * @param resolvedInformally resolved without reaching a formal stage
   * @param resolvedFormally resolved at or after a formal stage
   * @param withdrawn withdrawn by the chair
   * @param referred closed at the referral stage
   * @param open not closed at the end of the year
   */
  public record Outcomes(
      int resolvedInformally, int resolvedFormally, int withdrawn, int referred, int open) {}

  /**
   * @param resolved how many were resolved
   * @param medianWorkingDays the median; null when none was resolved
   * @param meanWorkingDays the mean to one decimal place; null when none was resolved
   */
  public record TimeToResolution(
      int resolved, BigDecimal medianWorkingDays, BigDecimal meanWorkingDays) {}

  /**
   * @param disputesWithBreaches disputes with at least one stage past its due time
   * @param breachedStages stages past their due time, all disputes together
   * @param capsBreached disputes that reached the protocol's overall limit
   */
  public record Breaches(int disputesWithBreaches, int breachedStages, int capsBreached) {}
}
