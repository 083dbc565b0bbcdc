package uk.irodispute.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;

class JobStoreDelegateTest {

  @Test
  void postgresqlReadsQuartzsByteaColumnsWithItsOwnDelegate() {
    assertThat(JobStoreDelegate.forUrl("jdbc:postgresql://db.council.example:5432/iro_dispute"))
        .isEqualTo(PostgreSQLDelegate.class.getName());
  }

  @Test
  void h2TakesTheStandardDelegate() {
    assertThat(JobStoreDelegate.forUrl("jdbc:h2:file:./data/iro-dispute;WRITE_DELAY=0"))
        .isEqualTo(StdJDBCDelegate.class.getName());
  }

  @Test
  void anotherDatabaseStopsStartUpNamingTheSetting() {
    assertThatThrownBy(() -> JobStoreDelegate.forUrl("jdbc:mysql://db.council.example/iro"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("H2 or PostgreSQL")
        .hasMessageContaining("IRO_DB_URL")
        .hasMessageContaining("mysql");
  }
}
