package uk.irodispute.sending;

/**
 * Names Jakarta Mail's stream provider (Angus Mail's) in the system property Jakarta Mail reads
 * first. Without it, Jakarta Mail 2.1 finds its provider through a {@link java.util.ServiceLoader}
 * again for every message, body part and encoded header it makes (jakartaee/mail-api issues 699 and
 * 861), which searched every jar on the class path and was a seventh of a back-fill's time. A
 * provider a council names itself ({@code -Djakarta.mail.util.StreamProvider=...}) is kept.
 */
public final class MailStreams {

  /** The system property Jakarta Mail's {@code FactoryFinder} reads before its service loader. */
  public static final String PROPERTY = "jakarta.mail.util.StreamProvider";

  static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

  private MailStreams() {}

  /** Names Angus Mail's provider, unless one is named already or Angus Mail is not present. */
  public static void nameTheProvider() {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    try {
      Class.forName(ANGUS, false, MailStreams.class.getClassLoader());
    } catch (ClassNotFoundException absent) {
      return;
    }
    System.setProperty(PROPERTY, ANGUS);
  }
}
