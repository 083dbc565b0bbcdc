package uk.irodispute.store;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases what the adapter holds about one child: every dispute on their person id (in any system),
 * with its events, the staff named for it, its deliveries and dead letters ({@link
 * DisputeRemoval}). Staff named for other children's disputes stay with those disputes. Each
 * erasure is audited in {@code erasures}: when, who asked, how much went; never the person id.
 */
@Component
public class Erasure {

  private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);

  /**
   * What an erasure removed.
   *
   * @param disputes disputes
   * @param events their events
   * @param contacts the staff named for them
   * @param deliveries their notes and mails, sent or not
   * @param deadLetters their dead letters
   */
  public record Erased(int disputes, int events, int contacts, int deliveries, int deadLetters) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final DisputeRemoval removal;

  Erasure(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.removal = new DisputeRemoval(jdbc);
  }

  /**
   * Erases, in one transaction, and audits.
   *
   * @param personId the child's id in the case system, as the disputes hold it
   * @param actor the signed-in user who asked
   */
  public Erased erase(String personId, String actor) {
    return tx.execute(
        s -> {
          List<String> references =
              jdbc.queryForList(
                  "SELECT reference FROM disputes WHERE person_id = :person",
                  Map.of("person", personId),
                  String.class);
          DisputeRemoval.Removed r = removal.remove(references);
          Erased erased =
              new Erased(r.disputes(), r.events(), r.contacts(), r.deliveries(), r.deadLetters());
          jdbc.update(
              "INSERT INTO erasures (erased_at, actor, disputes, events, contacts, deliveries,"
                  + " dead_letters) VALUES (:at, :actor, :disputes, :events, :contacts,"
                  + " :deliveries, :deadLetters)",
              new MapSqlParameterSource("at", Times.column(clock.instant()))
                  .addValue("actor", actor)
                  .addValue("disputes", erased.disputes())
                  .addValue("events", erased.events())
                  .addValue("contacts", erased.contacts())
                  .addValue("deliveries", erased.deliveries())
                  .addValue("deadLetters", erased.deadLetters()));
          LOG.info(
              "Erasure asked by {}: {} dispute(s), {} event(s), {} contact(s), {} delivery(ies)"
                  + " and {} dead letter(s) removed",
              actor,
              erased.disputes(),
              erased.events(),
              erased.contacts(),
              erased.deliveries(),
              erased.deadLetters());
          return erased;
        });
  }
}
