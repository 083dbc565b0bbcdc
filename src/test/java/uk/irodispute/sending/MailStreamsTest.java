package uk.irodispute.sending;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jakarta Mail is told its stream provider, so it does not search the class path per message. */
class MailStreamsTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(MailStreams.PROPERTY);
    System.clearProperty(MailStreams.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(MailStreams.PROPERTY);
    } else {
      System.setProperty(MailStreams.PROPERTY, before);
    }
  }

  @Test
  void angusMailsProviderIsNamedAndJakartaMailUsesIt() {
    MailStreams.nameTheProvider();

    assertThat(System.getProperty(MailStreams.PROPERTY)).isEqualTo(MailStreams.ANGUS);
    assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailStreams.ANGUS);
  }

  @Test
  void aProviderTheCouncilNamedIsKept() {
    System.setProperty(MailStreams.PROPERTY, "org.example.TheirStreamProvider");

    MailStreams.nameTheProvider();

    assertThat(System.getProperty(MailStreams.PROPERTY))
        .isEqualTo("org.example.TheirStreamProvider");
  }
}
