package uk.irodispute.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sandbox case systems' settings ({@code application-sandbox.yaml}). Passwords and secrets are
 * left out of {@code toString}.
 *
 * @param smtp the embedded mail server
 * @param lcsReporting the reporting database
 * @param lcsApi the JSON API
 * @param fwiApi the XML API
 * @param faults how faults behave
 */
@ConfigurationProperties(prefix = "iro.sandbox")
public record SandboxProperties(
    Smtp smtp, LcsReporting lcsReporting, LcsApi lcsApi, FwiApi fwiApi, Faults faults) {

  public SandboxProperties {
    smtp = smtp == null ? new Smtp(null, null, null) : smtp;
    lcsReporting = lcsReporting == null ? new LcsReporting(null, null, null, null) : lcsReporting;
    lcsApi = lcsApi == null ? new LcsApi(null, null, null) : lcsApi;
    fwiApi = fwiApi == null ? new FwiApi(null, null) : fwiApi;
    faults = faults == null ? new Faults(null) : faults;
  }

  /**
   * @param host the address GreenMail listens on
   * @param port its SMTP port; 0 for any free port
   * @param imapPort its IMAP port, where the answers mailbox is read; 0 for any free port
   */
  public record Smtp(String host, Integer port, Integer imapPort) {
    public Smtp {
      host = host == null ? "127.0.0.1" : host;
      port = port == null ? 3025 : port;
      imapPort = imapPort == null ? 3143 : imapPort;
    }
  }

  /**
   * @param jdbcUrl an in-memory H2 URL: the sandbox drops and builds the database at start
   * @param username its user
   * @param password its password
   * @param dropFolder a folder whose files the page lists as notes written back; null for none
   */
  public record LcsReporting(String jdbcUrl, String username, String password, Path dropFolder) {
    public LcsReporting {
      jdbcUrl = jdbcUrl == null ? "jdbc:h2:mem:sandbox-lcs-reporting;DB_CLOSE_DELAY=-1" : jdbcUrl;
      username = username == null ? "sa" : username;
      password = password == null ? "" : password;
      dropFolder = dropFolder == null || dropFolder.toString().isEmpty() ? null : dropFolder;
    }

    @Override
    public String toString() {
      return "LcsReporting[" + jdbcUrl + ", " + username + ", drop folder " + dropFolder + "]";
    }
  }

  /**
   * @param clientId the OAuth client the API accepts
   * @param clientSecret its secret
   * @param tokenLifetime how long a token lasts, on the adapter's clock
   */
  public record LcsApi(String clientId, String clientSecret, Duration tokenLifetime) {
    public LcsApi {
      clientId = clientId == null ? "iro-dispute-adapter" : clientId;
      tokenLifetime = tokenLifetime == null ? Duration.ofHours(1) : tokenLifetime;
    }

    @Override
    public String toString() {
      return "LcsApi[" + clientId + ", token lifetime " + tokenLifetime + "]";
    }
  }

  /**
   * @param username the HTTP Basic user the API accepts
   * @param password its password
   */
  public record FwiApi(String username, String password) {
    public FwiApi {
      username = username == null ? "iro-adapter" : username;
    }

    @Override
    public String toString() {
      return "FwiApi[" + username + "]";
    }
  }

  /**
   * @param timeOut how long a timed-out answer waits: longer than the clients' timeout
   */
  public record Faults(Duration timeOut) {
    public Faults {
      timeOut = timeOut == null ? Duration.ofSeconds(15) : timeOut;
    }
  }
}
