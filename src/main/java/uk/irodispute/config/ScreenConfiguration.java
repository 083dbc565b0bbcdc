package uk.irodispute.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.irodispute.application.NoteIntake;
import uk.irodispute.application.RefusedNotes;
import uk.irodispute.polling.NoteScreening;
import uk.irodispute.polling.PollEvents;
import uk.irodispute.polling.ScreenSettings;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.systems.SystemRegistry;

/**
 * The screen between mapping and intake, with the limits of {@code iro.screen}: what a note may
 * hold, how it may be dated, and how large a page an HTTP source may answer.
 */
@Configuration
@EnableConfigurationProperties(ScreenSettings.class)
public class ScreenConfiguration {

  @Bean
  NoteScreening noteScreening(
      SystemRegistry systems,
      ScreenSettings settings,
      DeadLetters deadLetters,
      RefusedNotes refused,
      NoteIntake intake,
      Clock clock,
      PollEvents events) {
    return new NoteScreening(
        systems, settings, deadLetters, refused::keep, intake::tookBefore, clock, events);
  }
}
