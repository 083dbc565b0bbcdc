package uk.irodispute.store;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import uk.irodispute.application.Classifiers;
import uk.irodispute.application.DeadLetterOperations;
import uk.irodispute.application.DecisionWriter;
import uk.irodispute.application.DueDisputes;
import uk.irodispute.application.NoteIntake;
import uk.irodispute.application.RefusedNotes;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.note.NoteClassifier;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.delivery.DeliveryPlanner;
import uk.irodispute.directory.Directory;
import uk.irodispute.holidays.BankHolidaySources;
import uk.irodispute.mappings.ProtocolFileLoader;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.privacy.Pseudonyms;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.testing.MutableClock;

/**
 * The store's components over one migrated database, wired by hand as Spring would: an in-memory H2
 * by default, any other database through {@link #on}. The engine runs the shipped protocols.
 */
final class TestStore {

  static final ProtocolRegistry PROTOCOLS =
      new ProtocolRegistry(new ProtocolFileLoader().loadDirectory(Path.of("mappings/protocols")));

  static final EscalationEngine ENGINE =
      new EscalationEngine(
          PROTOCOLS,
          settings ->
              new WorkingCalendar(
                  settings.region(),
                  settings.hours(),
                  settings.closureDays(),
                  BankHolidaySources.standard()));

  final DataSource dataSource;
  final NamedParameterJdbcTemplate jdbc;
  final MutableClock clock;
  final RecordingPlanner planner = new RecordingPlanner();
  final StoreJson json = new StoreJson();
  final Disputes disputes;
  final DisputeEvents events;
  final DisputeContacts contacts;
  final DisputeReferences references;
  final DeadLetters deadLetters;
  final Outbox outbox;
  final Watermarks watermarks;
  final DeadLetterOperations deadLetterOperations;
  final NoteIntake intake;
  final RefusedNotes refused;
  final DueDisputes due;
  final Housekeeping housekeeping;
  final Erasure erasure;

  /** Transactions committed by the store's parts. */
  final AtomicInteger commits = new AtomicInteger();

  /** What the intake and the decision writer published, in order. */
  final List<Object> published = new CopyOnWriteArrayList<>();

  private TestStore(
      DataSource dataSource, MutableClock clock, Classifiers classifiers, OutboxProperties outbox) {
    this(dataSource, clock, classifiers, outbox, new Random());
  }

  private TestStore(
      DataSource dataSource,
      MutableClock clock,
      Classifiers classifiers,
      OutboxProperties outbox,
      RandomGenerator jitter) {
    migrate(dataSource);
    this.dataSource = dataSource;
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.clock = clock;
    var transactions =
        new DataSourceTransactionManager(dataSource) {
          @Override
          protected void doCommit(DefaultTransactionStatus status) {
            super.doCommit(status);
            commits.incrementAndGet();
          }
        };
    this.disputes = new Disputes(jdbc, json);
    this.events = new DisputeEvents(jdbc, json);
    this.contacts = new DisputeContacts(jdbc);
    this.references = new DisputeReferences(jdbc);
    this.deadLetters = new DeadLetters(jdbc, clock);
    this.outbox =
        new Outbox(
            jdbc, transactions, json, clock, outbox, deadLetters, NodeName.of("test-node"), jitter);
    this.watermarks = new Watermarks(jdbc, clock);
    this.deadLetterOperations =
        new DeadLetterOperations(transactions, deadLetters, this.outbox, watermarks);
    DeliveryPlanner planning = planner;
    var writer =
        new DecisionWriter(disputes, events, contacts, this.outbox, planning, published::add);
    this.intake =
        new NoteIntake(
            transactions,
            clock,
            ENGINE,
            classifiers,
            new ProcessedNotes(jdbc),
            disputes,
            references,
            writer,
            Pseudonyms.withRandomKey(),
            published::add);
    this.refused = new RefusedNotes(transactions, deadLetters, writer, Directory.empty(), clock);
    this.housekeeping = new Housekeeping(jdbc, transactions, clock, retention());
    this.erasure = new Erasure(jdbc, transactions, clock);
    this.due =
        new DueDisputes(
            transactions, clock, ENGINE, disputes, writer, new FailureText(new Redaction()));
  }

  /**
   * Migrates the database as the application does: the shared migrations and its vendor's ({@code
   * spring.flyway.locations}, whose {@code {vendor}} Spring Boot fills in the same way).
   */
  static void migrate(DataSource dataSource) {
    String vendor;
    try {
      vendor =
          DatabaseDriver.fromJdbcUrl(
                  JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL))
              .getId();
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException(e);
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
        .load()
        .migrate();
  }

  /** A fresh in-memory H2 database; the test system's notes classified by {@link TestNotes}. */
  static TestStore h2(MutableClock clock) {
    return h2(clock, defaults());
  }

  static TestStore h2(MutableClock clock, OutboxProperties outbox) {
    return h2(clock, outbox, new Random());
  }

  /** A fresh in-memory H2 database whose outbox draws its back-off's jitter from {@code jitter}. */
  static TestStore h2(MutableClock clock, OutboxProperties outbox, RandomGenerator jitter) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    h2.setUser("sa");
    return new TestStore(h2, clock, TestStore::classifier, outbox, jitter);
  }

  static TestStore on(DataSource dataSource, MutableClock clock) {
    return new TestStore(dataSource, clock, TestStore::classifier, defaults());
  }

  /** The same database and clock, every system's notes classified by the given classifier. */
  TestStore withClassifier(NoteClassifier classifier) {
    return new TestStore(dataSource, clock, system -> Optional.of(classifier), defaults());
  }

  /** Ten attempts, a five-minute lease, waits of 30 s doubling up to an hour, 20% jitter. */
  static OutboxProperties defaults() {
    return new OutboxProperties(
        10, Duration.ofMinutes(5), Duration.ofSeconds(30), 2, Duration.ofHours(1), 0.2);
  }

  /**
   * The shipped retention: 400 days for note records and dead letters, 90 for deliveries, 1096 for
   * closed disputes.
   */
  static RetentionProperties retention() {
    return new RetentionProperties(
        Duration.ofDays(400), Duration.ofDays(90), Duration.ofDays(400), Duration.ofDays(1096));
  }

  /** Runs the work in a transaction, as the intake and the tick do. */
  <T> T inTransaction(Supplier<T> work) {
    return new TransactionTemplate(new DataSourceTransactionManager(dataSource))
        .execute(s -> work.get());
  }

  int count(String table) {
    Integer rows =
        jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    return rows == null ? 0 : rows;
  }

  private static Optional<NoteClassifier> classifier(String systemId) {
    return TestNotes.SYSTEM.equals(systemId) ? Optional.of(TestNotes.CLASSIFIER) : Optional.empty();
  }
}
