package uk.irodispute.holidays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.irodispute.core.calendar.BankHolidays;
import uk.irodispute.core.calendar.Region;

/**
 * Bank holidays from the jollyday library's United Kingdom calendar, which its maintainers keep up
 * to date. Each region maps to one of jollyday's GB subdivisions: England and Wales to {@code eng}
 * (jollyday's {@code wls} holds the same days), Scotland to {@code sct}, Northern Ireland to {@code
 * nir}. A holiday that falls on a weekend counts on its substitute weekday. Observances (days
 * jollyday lists that are not bank holidays) never count. Answers are cached per region and year.
 */
public final class JollydayBankHolidays implements BankHolidays {

  /** The kinds of holiday that close offices; observances do not. */
  private static final Set<HolidayType> COUNTED =
      Set.of(HolidayType.PUBLIC_HOLIDAY, HolidayType.BANK_HOLIDAY);

  private final HolidayManager manager;
  private final Map<RegionYear, Map<LocalDate, String>> cache = new ConcurrentHashMap<>();

  /** The United Kingdom calendar shipped with jollyday. */
  public JollydayBankHolidays() {
    this(HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM)));
  }

  JollydayBankHolidays(HolidayManager manager) {
    this.manager = manager;
  }

  @Override
  public Optional<String> holiday(Region region, LocalDate date) {
    Map<LocalDate, String> days =
        cache.computeIfAbsent(new RegionYear(region, date.getYear()), this::load);
    return Optional.ofNullable(days.get(date));
  }

  /** jollyday's subdivision id for the region. */
  static String subdivision(Region region) {
    return switch (region) {
      case ENGLAND_AND_WALES -> "eng";
      case SCOTLAND -> "sct";
      case NORTHERN_IRELAND -> "nir";
    };
  }

  /**
   * The year's bank holidays on the days they are taken. jollyday's {@link Holiday#getDate()} is
   * the day taken (the substitute day when there is one); {@link Holiday#getActualDate()} is the
   * calendar date, which may be a weekend.
   *
   * <p>A substitute day may in principle fall in the next year, so the neighbouring years are read
   * too and filtered by the day taken.
   */
  private Map<LocalDate, String> load(RegionYear key) {
    String subdivision = subdivision(key.region());
    return IntStream.rangeClosed(key.year() - 1, key.year() + 1)
        .boxed()
        .flatMap(y -> manager.getHolidays(Year.of(y), subdivision).stream())
        .filter(h -> COUNTED.contains(h.getType()))
        .filter(h -> h.getDate().getYear() == key.year())
        .collect(
            Collectors.toUnmodifiableMap(
                Holiday::getDate, JollydayBankHolidays::name, (a, b) -> a + ", " + b));
  }

  private static String name(Holiday holiday) {
    String name = holiday.getDescription(Locale.UK);
    return holiday.getObservedDate().isPresent() ? name + " (substitute day)" : name;
  }

  private record RegionYear(Region region, int year) {}
}
