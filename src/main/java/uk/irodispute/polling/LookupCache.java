package uk.irodispute.polling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.irodispute.systems.mapping.LookupAnswers.LookedUp;

/**
 * What one poll run's lookups read, by request: a child with several dispute notes in the run is
 * looked up once. Bounded: past {@link #MOST_ANSWERS} answers the one used least recently goes.
 */
public final class LookupCache {

  /** The most answers one run keeps. */
  static final int MOST_ANSWERS = 500;

  private final Map<String, LookedUp> answers =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LookedUp> eldest) {
          return size() > MOST_ANSWERS;
        }
      };

  Optional<LookedUp> get(String request) {
    return Optional.ofNullable(answers.get(request));
  }

  void put(String request, LookedUp answer) {
    answers.put(request, answer);
  }

  int size() {
    return answers.size();
  }
}
