package uk.irodispute.tls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseTlsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://db.council.example:5432/iro | jdbc:postgresql://db.council.example:5432/iro?sslmode=verify-full",
        "jdbc:postgresql://db.council.example/iro?ApplicationName=iro | jdbc:postgresql://db.council.example/iro?ApplicationName=iro&sslmode=verify-full",
        "jdbc:postgresql://10.0.4.7:5432/lcs_reporting?currentSchema=rpt& | jdbc:postgresql://10.0.4.7:5432/lcs_reporting?currentSchema=rpt&sslmode=verify-full",
        "jdbc:postgresql://127.0.0.1:5432,db2.council.example:5432/iro | jdbc:postgresql://127.0.0.1:5432,db2.council.example:5432/iro?sslmode=verify-full",
        "jdbc:postgresql://[2001:db8::7]:5432/iro | jdbc:postgresql://[2001:db8::7]:5432/iro?sslmode=verify-full",
      })
  void aRemotePostgresUrlWithoutAModeGetsVerifyFull(String url, String secured) {
    assertThat(DatabaseTls.secured(url)).isEqualTo(secured);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://db.council.example/iro?sslmode=require",
        "jdbc:postgresql://db.council.example/iro?SSLMODE=disable&x=1",
        "jdbc:postgresql://db.council.example/iro?ssl=true&sslrootcert=/run/secrets/ca.pem",
        "jdbc:postgresql://127.0.0.1:5432/test",
        "jdbc:postgresql://localhost/iro",
        "jdbc:postgresql://[::1]:5432/iro",
        "jdbc:postgresql:iro",
        "jdbc:postgresql:///iro",
        "jdbc:h2:file:./data/iro-dispute;LOCK_TIMEOUT=10000",
        "jdbc:sqlserver://lcs.council.example:1433;databaseName=LCS",
      })
  void aUrlThatSetsItsModeIsLoopbackOrIsNotPostgresIsLeftAlone(String url) {
    assertThat(DatabaseTls.secured(url)).isEqualTo(url);
  }
}
