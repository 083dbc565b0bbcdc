package uk.irodispute.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The invented staff and children of one sandbox council. Teams are those of {@code
 * mappings/directory/council.yaml}; IROs sit in the IRO service, which no locality owns. Each
 * system has its own people and its own id scheme, as three councils would. People are found by id
 * through indexes, so a roster grown by a back-fill's thousands of children still answers at once.
 */
public final class SandboxRoster {

  static final String NORTH = "Children in Care North";
  static final String SOUTH = "Children in Care South";
  static final String ASSESSMENT_NORTH = "Assessment North";
  static final String ASSESSMENT_SOUTH = "Assessment South";
  static final String IRO_SERVICE = "IRO Service";

  private final SandboxSystem system;
  private final List<SandboxWorker> workers;
  private final List<SandboxChild> children;
  private final Map<String, SandboxWorker> workersById = new LinkedHashMap<>();
  private final Map<String, SandboxChild> childrenById = new LinkedHashMap<>();
  private final Map<String, SandboxChild> childrenByCase = new LinkedHashMap<>();

  /**
   * @param system the case system
   * @param workers its staff
   * @param children the children with open cases
   */
  public SandboxRoster(
      SandboxSystem system, List<SandboxWorker> workers, List<SandboxChild> children) {
    this.system = system;
    this.workers = List.copyOf(workers);
    this.children = List.copyOf(children);
    this.workers.forEach(w -> workersById.putIfAbsent(w.id(), w));
    for (SandboxChild c : this.children) {
      childrenById.putIfAbsent(c.personId(), c);
      if (c.caseId() != null) {
        childrenByCase.putIfAbsent(c.caseId(), c);
      }
    }
  }

  /** The case system. */
  public SandboxSystem system() {
    return system;
  }

  /** Its staff. */
  public List<SandboxWorker> workers() {
    return workers;
  }

  /** The children with open cases. */
  public List<SandboxChild> children() {
    return children;
  }

  /** This roster with more children (their ids new to it), as a back-fill's notes need. */
  SandboxRoster withChildren(List<SandboxChild> more) {
    List<SandboxChild> all = new ArrayList<>(children);
    for (SandboxChild c : more) {
      if (childrenById.containsKey(c.personId())) {
        throw new IllegalArgumentException(
            system.id() + " has a child '" + c.personId() + "' already");
      }
      all.add(c);
    }
    return new SandboxRoster(system, workers, all);
  }

  /** The roster of one system. */
  public static SandboxRoster of(SandboxSystem system) {
    return switch (system) {
      case LCS_REPORTING -> lcsReporting();
      case LCS_API -> lcsApi();
      case FWI_API -> fwiApi();
    };
  }

  public SandboxWorker worker(String id) {
    return findWorker(id).orElseThrow(() -> new NoSuchElementException(unknown("worker", id)));
  }

  public Optional<SandboxWorker> findWorker(String id) {
    return Optional.ofNullable(id == null ? null : workersById.get(id));
  }

  public SandboxChild child(String personId) {
    return findChild(personId)
        .orElseThrow(() -> new NoSuchElementException(unknown("person", personId)));
  }

  public Optional<SandboxChild> findChild(String personId) {
    return Optional.ofNullable(personId == null ? null : childrenById.get(personId));
  }

  /** The child whose case or episode this is. */
  public Optional<SandboxChild> findCase(String caseId) {
    return Optional.ofNullable(childrenByCase.get(caseId));
  }

  private String unknown(String what, String id) {
    return system.id() + " has no " + what + " '" + id + "'";
  }

  private static SandboxWorker worker(String id, String name, String team, Post post) {
    String email = name.toLowerCase().replace(' ', '.') + "@council.example";
    return new SandboxWorker(id, name, email, team, post);
  }

  private static SandboxRoster lcsReporting() {
    return new SandboxRoster(
        SandboxSystem.LCS_REPORTING,
        List.of(
            worker("501", "Dana Fielding", NORTH, Post.SOCIAL_WORKER),
            worker("502", "Owen Marsh", SOUTH, Post.SOCIAL_WORKER),
            worker("503", "Hana Ibbotson", NORTH, Post.TEAM_MANAGER),
            worker("504", "Ravi Tanner", SOUTH, Post.TEAM_MANAGER),
            worker("505", "Bea Lockwood", IRO_SERVICE, Post.IRO),
            worker("506", "Nico Farrant", IRO_SERVICE, Post.IRO),
            worker("507", "Elliot Crane", ASSESSMENT_NORTH, Post.SOCIAL_WORKER)),
        List.of(
            new SandboxChild(
                "1001", null, "LAC", LocalDate.of(2014, 3, 9), "501", "503", "505", "507"),
            new SandboxChild(
                "1002", null, "CP", LocalDate.of(2019, 7, 21), "501", "503", "505", null),
            new SandboxChild(
                "1003", null, "LAC", LocalDate.of(2011, 11, 2), "502", "504", "506", null),
            new SandboxChild(
                "1004", null, "CP", LocalDate.of(2021, 1, 15), "502", "504", "506", null)));
  }

  private static SandboxRoster lcsApi() {
    return new SandboxRoster(
        SandboxSystem.LCS_API,
        List.of(
            worker("W2101", "Maya Pennant", NORTH, Post.SOCIAL_WORKER),
            worker("W2102", "Leon Hartley", SOUTH, Post.SOCIAL_WORKER),
            worker("W2103", "Greta Wilde", NORTH, Post.TEAM_MANAGER),
            worker("W2104", "Isaac Mercer", SOUTH, Post.TEAM_MANAGER),
            worker("W2105", "Ffion Rees", IRO_SERVICE, Post.IRO),
            worker("W2106", "Tariq Hollis", IRO_SERVICE, Post.IRO),
            worker("W2107", "Jess Ambler", ASSESSMENT_SOUTH, Post.SOCIAL_WORKER)),
        List.of(
            child("2001", "C-20001", "LAC", LocalDate.of(2013, 5, 30), "W2101", "W2103", "W2105"),
            child("2002", "C-20002", "CP", LocalDate.of(2018, 9, 12), "W2101", "W2103", "W2105"),
            new SandboxChild(
                "2003",
                "C-20003",
                "LAC",
                LocalDate.of(2010, 2, 4),
                "W2102",
                "W2104",
                "W2106",
                "W2107"),
            child("2004", "C-20004", "CP", LocalDate.of(2020, 12, 1), "W2102", "W2104", "W2106")));
  }

  private static SandboxRoster fwiApi() {
    return new SandboxRoster(
        SandboxSystem.FWI_API,
        List.of(
            worker("FW301", "Ola Bright", NORTH, Post.SOCIAL_WORKER),
            worker("FW302", "Connor Vale", SOUTH, Post.SOCIAL_WORKER),
            worker("FW303", "Priti Sandhu", NORTH, Post.TEAM_MANAGER),
            worker("FW304", "Gus Linden", SOUTH, Post.TEAM_MANAGER),
            worker("FW305", "Rosa Kemp", IRO_SERVICE, Post.IRO),
            worker("FW306", "Adam Quist", IRO_SERVICE, Post.IRO),
            worker("FW307", "Nell Harding", ASSESSMENT_NORTH, Post.SOCIAL_WORKER)),
        List.of(
            new SandboxChild(
                "P300101",
                "EP-7001",
                "LAC",
                LocalDate.of(2012, 8, 17),
                "FW301",
                "FW303",
                "FW305",
                "FW307"),
            child(
                "P300102", "EP-7002", "LAC", LocalDate.of(2016, 4, 26), "FW301", "FW303", "FW305"),
            child(
                "P300103", "EP-7003", "LAC", LocalDate.of(2009, 10, 8), "FW302", "FW304", "FW306"),
            child(
                "P300104", "EP-7004", "LAC", LocalDate.of(2015, 6, 3), "FW302", "FW304", "FW306")));
  }

  private static SandboxChild child(
      String personId,
      String caseId,
      String track,
      LocalDate birthDate,
      String socialWorker,
      String teamManager,
      String iro) {
    return new SandboxChild(
        personId, caseId, track, birthDate, socialWorker, teamManager, iro, null);
  }
}
