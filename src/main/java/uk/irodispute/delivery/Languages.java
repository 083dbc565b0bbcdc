package uk.irodispute.delivery;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.directory.ServiceArea;

/**
 * Which language a mail or a note is worded in. A mail goes in one language: the one every person
 * it is sent to has chosen in the staff directory ({@code language: cy}); otherwise the language of
 * the case's service area (the default area when the case's teams are in none); otherwise English.
 * A note takes its area's language.
 */
public final class Languages {

  private final Directory directory;

  public Languages(Directory directory) {
    this.directory = directory;
  }

  /**
   * The language of a mail to these addresses about no case: the one they all chose, else the
   * default area's.
   */
  public String ofMail(List<String> to) {
    return ofMail(to, new CaseContacts(List.of()));
  }

  /** The language of a mail to these addresses about this case. */
  String ofMail(List<String> to, CaseContacts contacts) {
    List<Optional<String>> chosen =
        to.stream()
            .map(directory::personWithAddress)
            .map(p -> p.map(DirectoryPerson::language))
            .toList();
    Set<String> languages = chosen.stream().flatMap(Optional::stream).collect(Collectors.toSet());
    boolean everyoneChose = !chosen.isEmpty() && chosen.stream().allMatch(Optional::isPresent);
    if (everyoneChose && languages.size() == 1) {
      return languages.iterator().next();
    }
    return ofCase(contacts);
  }

  /** The language of the case's service area, or the default area's; English otherwise. */
  String ofCase(CaseContacts contacts) {
    String language =
        directory
            .areaOf(RecipientResolver.teamsOf(contacts))
            .or(directory::defaultArea)
            .map(ServiceArea::language)
            .orElse(null);
    return language == null ? Wording.ENGLISH : language;
  }
}
