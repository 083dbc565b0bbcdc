package uk.irodispute.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Track;
import uk.irodispute.testing.ConsoleTestUsers;

/**
 * The protocol API against the shipped protocol files. Every expected time below was worked out by
 * hand from the protocol file and the England and Wales calendar (bank holidays 25 Dec 2026, 28 Dec
 * 2026 for Boxing Day, 1 Jan 2027; working hours 09:00 to 17:00).
 */
// The shipped system files take these secrets from the environment and have no default.
@ActiveProfiles("sandbox")
@SpringBootTest(
    properties = {"LCS_CLIENT_SECRET=invented-client-secret", "FWI_PASSWORD=invented-fwi-password"})
@AutoConfigureMockMvc
class ProtocolApiTest {

  /** Wednesday 4 November 2026, 10:00 in London (GMT). */
  static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

  @TestConfiguration
  static class FixedClock {
    // Named apart from the application's "clock" bean: bean overriding is disabled.
    @Bean
    @Primary
    Clock fixedTestClock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @DynamicPropertySource
  static void users(DynamicPropertyRegistry registry) {
    ConsoleTestUsers.register(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ProtocolRegistry registry;

  // ---- listing ------------------------------------------------------------------------------

  @Test
  void listsTheFiveShippedProtocolsWithTheirTracks() throws Exception {
    JsonNode list = ok(get("/api/v1/protocols"));

    Map<String, List<String>> tracks = new LinkedHashMap<>();
    for (JsonNode p : list) {
      assertThat(p.path("name").asText()).as("name of %s", p.path("id")).isNotBlank();
      tracks.put(p.path("id").asText(), texts(p.path("tracks")));
    }
    assertThat(tracks)
        .containsOnlyKeys(
            "day-range-lac-cp",
            "harrow-drp",
            "ir-stages-flowchart",
            "iro-qa-flowchart-2015",
            "restorative-iro-cp")
        .containsEntry("day-range-lac-cp", List.of("CP", "LAC"))
        .containsEntry("harrow-drp", List.of("LAC"))
        .containsEntry("ir-stages-flowchart", List.of("LAC"))
        .containsEntry("iro-qa-flowchart-2015", List.of("LAC"))
        .containsEntry("restorative-iro-cp", List.of("LAC", "CP"));
    assertThat(list).hasSize(5);
  }

  // ---- every protocol and track -------------------------------------------------------------

  @Test
  void everyProtocolAndTrackHasAScheduleWhoseStagesFollowOneAnother() throws Exception {
    int schedules = 0;
    for (JsonNode p : ok(get("/api/v1/protocols"))) {
      String id = p.path("id").asText();
      for (String track : texts(p.path("tracks"))) {
        JsonNode s =
            ok(
                get("/api/v1/protocols/{id}/schedule", id)
                    .param("start", "2026-12-18T10:00:00Z")
                    .param("track", track));
        String what = id + "/" + track;
        assertThat(s.path("protocol").asText()).as(what).isEqualTo(id);
        assertThat(s.path("track").asText()).as(what).isEqualTo(track);
        assertThat(s.path("start").asText()).as(what).isEqualTo("2026-12-18T10:00:00+00:00");
        assertThat(s.has("overallDueAt")).as(what).isTrue();
        assertThat(s.path("stages")).as(what).isNotEmpty();

        JsonNode previous = null;
        for (JsonNode stage : s.path("stages")) {
          String where = what + " " + stage.path("id").asText();
          assertThat(stage.path("id").asText()).as(where).isNotBlank();
          assertThat(stage.path("name").asText()).as(where).isNotBlank();
          assertThat(stage.path("to").isArray()).as(where + " to").isTrue();
          assertThat(stage.path("to")).as(where + " to").isNotEmpty();
          assertThat(stage.path("cc").isArray()).as(where + " cc").isTrue();
          assertThat(stage.has("opensAt")).as(where + " opensAt").isTrue();
          assertThat(stage.has("dueAt")).as(where + " dueAt").isTrue();
          if (previous != null && hasTime(previous, "dueAt") && hasTime(stage, "opensAt")) {
            assertThat(time(stage, "opensAt"))
                .as(where + " opens no earlier than the stage before falls due")
                .isAfterOrEqualTo(time(previous, "dueAt"));
          }
          if (hasTime(stage, "opensAt") && hasTime(stage, "dueAt")) {
            assertThat(time(stage, "dueAt")).as(where).isAfter(time(stage, "opensAt"));
          }
          previous = stage;
        }
        schedules++;
      }
    }
    // day-range-lac-cp and restorative-iro-cp have two tracks each.
    assertThat(schedules).isEqualTo(7);
  }

  /**
   * Issue 13's "done when": bounded, anchored times for every protocol and every allowed entry
   * stage. The entry stage opens at the start, a stage with a timescale that opens is due, and no
   * stage is due after the whole process. A referral with no timescale has no due time to show.
   */
  @Test
  void everyProtocolTrackAndAllowedEntryStageHasABoundedAnchoredSchedule() throws Exception {
    int schedules = 0;
    for (Protocol protocol : registry.latest()) {
      for (Track track : protocol.tracks()) {
        for (StageDefinition entry : track.stages()) {
          if (track.whyNotStartAt(entry.id()).isPresent()) {
            continue;
          }
          String what = protocol.id() + "/" + track.id() + " from " + entry.id();
          JsonNode s =
              ok(
                  get("/api/v1/protocols/{id}/schedule", protocol.id())
                      .param("start", "2026-12-18T10:00:00Z")
                      .param("track", track.id())
                      .param("fromStage", entry.id()));

          assertThat(s.path("track").asText()).as(what).isEqualTo(track.id());
          assertThat(ids(s)).as(what).startsWith(entry.id());
          assertThat(s.path("stages").get(0).path("opensAt").asText())
              .as(what + ": anchored at the start")
              .isEqualTo("2026-12-18T10:00:00+00:00");
          for (JsonNode stage : s.path("stages")) {
            String where = what + " " + stage.path("id").asText();
            boolean timed =
                track.stage(stage.path("id").asText()).orElseThrow().timescale() != null;
            if (timed && hasTime(stage, "opensAt")) {
              assertThat(hasTime(stage, "dueAt")).as(where + ": due by its timescale").isTrue();
            }
            if (hasTime(stage, "dueAt")) {
              assertThat(hasTime(s, "overallDueAt")).as(what + ": bounded").isTrue();
              assertThat(time(stage, "dueAt"))
                  .as(where + ": within the whole process")
                  .isBeforeOrEqualTo(time(s, "overallDueAt"));
            }
          }
          schedules++;
        }
      }
    }
    // Seven tracks, and the stages of each marked mayStartHere.
    assertThat(schedules).as("every allowed entry stage of the shipped protocols").isEqualTo(28);
  }

  // ---- exact times ----------------------------------------------------------------------------

  @Test
  void restorativeFromLevelOneAcrossChristmas() throws Exception {
    JsonNode s =
        ok(
            get("/api/v1/protocols/restorative-iro-cp/schedule")
                .param("track", "LAC")
                .param("start", "2026-12-18T10:00:00Z")
                .param("fromStage", "level-1"));

    assertThat(s.path("protocol").asText()).isEqualTo("restorative-iro-cp");
    assertThat(s.path("track").asText()).isEqualTo("LAC");
    assertThat(s.path("start").asText()).isEqualTo("2026-12-18T10:00:00+00:00");
    assertThat(ids(s)).containsExactly("level-1", "level-2", "level-3", "level-4", "cafcass");
    JsonNode level1 = stage(s, "level-1");
    assertThat(level1.path("opensAt").asText()).isEqualTo("2026-12-18T10:00:00+00:00");
    assertThat(texts(level1.path("to"))).containsExactly("service-manager");
    assertThat(texts(level1.path("cc"))).containsExactly("head-of-service", "hos-sars");
    // Fri 18 Dec + 5 working days: 21, 22, 23, 24 (25 and 28 are bank holidays), 29.
    assertThat(level1.path("dueAt").asText()).isEqualTo("2026-12-29T17:00:00+00:00");
    assertThat(stage(s, "level-2").path("opensAt").asText()).isEqualTo("2026-12-29T17:00:00+00:00");
    // 30, 31 (1 Jan a bank holiday), 4, 5, 6 Jan.
    assertThat(stage(s, "level-2").path("dueAt").asText()).isEqualTo("2027-01-06T17:00:00+00:00");
    assertThat(stage(s, "level-3").path("dueAt").asText()).isEqualTo("2027-01-13T17:00:00+00:00");
    assertThat(stage(s, "level-4").path("dueAt").asText()).isEqualTo("2027-01-20T17:00:00+00:00");
    // The referral has no timescale.
    assertThat(stage(s, "cafcass").path("opensAt").asText()).isEqualTo("2027-01-20T17:00:00+00:00");
    assertThat(stage(s, "cafcass").get("dueAt").isNull()).isTrue();
    // 20 working days from level 1 opening on 18 Dec.
    assertThat(s.path("overallDueAt").asText()).isEqualTo("2027-01-20T17:00:00+00:00");
  }

  @Test
  void harrowCalendarDaysRollFromSaturdayToMondayAndTheFifteenDayCapApplies() throws Exception {
    JsonNode s =
        ok(get("/api/v1/protocols/harrow-drp/schedule").param("start", "2026-11-02T10:00:00Z"));

    assertThat(s.path("track").asText()).isEqualTo("LAC");
    assertThat(ids(s)).startsWith("stage-1", "stage-2", "stage-3");
    assertThat(stage(s, "stage-1").path("opensAt").asText()).isEqualTo("2026-11-02T10:00:00+00:00");
    // Mon 2 Nov + 5 days is Saturday 7 Nov: due at Monday 9 Nov's close.
    assertThat(stage(s, "stage-1").path("dueAt").asText()).isEqualTo("2026-11-09T17:00:00+00:00");
    // 9 Nov + 5 days is Saturday 14 Nov: Monday 16 Nov.
    assertThat(stage(s, "stage-2").path("dueAt").asText()).isEqualTo("2026-11-16T17:00:00+00:00");
    // 15 days from 2 Nov: Tuesday 17 Nov.
    assertThat(s.path("overallDueAt").asText()).isEqualTo("2026-11-17T17:00:00+00:00");
  }

  @Test
  void overallLimitsBoundEverythingInTheSchedule() throws Exception {
    // Mon 30 Mar 2026; Good Friday 3 Apr and Easter Monday 6 Apr are bank holidays.
    JsonNode s =
        ok(get("/api/v1/protocols/harrow-drp/schedule").param("start", "2026-03-30T10:00:00Z"));
    assertThat(s.path("overallDueAt").asText()).isEqualTo("2026-04-14T17:00:00+01:00");
    // Its own 5 days would end on Monday 20 April.
    assertThat(stage(s, "stage-3").path("dueAt").asText()).isEqualTo("2026-04-14T17:00:00+01:00");

    JsonNode fromStageTwo =
        ok(
            get("/api/v1/protocols/harrow-drp/schedule")
                .param("start", "2026-03-30T10:00:00Z")
                .param("fromStage", "stage-2"));
    assertThat(fromStageTwo.path("overallDueAt").asText()).isEqualTo("2026-04-09T17:00:00+01:00");
    // Its own 5 days would end on Monday 13 April.
    assertThat(stage(fromStageTwo, "stage-3").path("dueAt").asText())
        .isEqualTo("2026-04-09T17:00:00+01:00");
  }

  @Test
  void noStageOfAnyScheduleIsDueAfterItsOverallLimit() throws Exception {
    int schedules = 0;
    for (JsonNode p : ok(get("/api/v1/protocols"))) {
      String id = p.path("id").asText();
      for (String track : texts(p.path("tracks"))) {
        JsonNode whole =
            ok(
                get("/api/v1/protocols/{id}/schedule", id)
                    .param("track", track)
                    .param("start", "2026-03-30T10:00:00Z"));
        for (String entry : ids(whole)) {
          var result =
              mvc.perform(
                      asViewer(
                          get("/api/v1/protocols/{id}/schedule", id)
                              .param("start", "2026-03-30T10:00:00Z")
                              .param("track", track)
                              .param("fromStage", entry)))
                  .andReturn()
                  .getResponse();
          if (result.getStatus() == 400) {
            continue;
          }
          JsonNode s = json.readTree(result.getContentAsString());
          String what = id + "/" + track + " from " + entry;
          if (!hasTime(s, "overallDueAt")) {
            continue;
          }
          for (JsonNode stage : s.path("stages")) {
            if (hasTime(stage, "dueAt")) {
              assertThat(time(stage, "dueAt"))
                  .as(what + " " + stage.path("id").asText())
                  .isBeforeOrEqualTo(time(s, "overallDueAt"));
            }
          }
          schedules++;
        }
      }
    }
    assertThat(schedules).isGreaterThan(7);
  }

  @Test
  void escalateTheSameDayIsShownInTheSchedule() throws Exception {
    JsonNode s =
        ok(
            get("/api/v1/protocols/restorative-iro-cp/schedule")
                .param("track", "LAC")
                .param("start", "2026-11-02T10:00:00Z")
                .param("fromStage", "level-1"));

    JsonNode afterResponse = stage(s, "level-1").path("afterResponse");
    assertThat(afterResponse.path("decideWithin").asText()).isEqualTo("same day");
    assertThat(afterResponse.path("then").asText()).isEqualTo("alert-chair");
    assertThat(texts(afterResponse.path("alert"))).containsExactly("hos-sars");
    assertThat(stage(s, "level-3").get("afterResponse").isNull()).isTrue();
  }

  @Test
  void harrowStartedAtStageTwoHasTheTenDayCap() throws Exception {
    JsonNode s =
        ok(
            get("/api/v1/protocols/harrow-drp/schedule")
                .param("start", "2026-11-02T10:00:00Z")
                .param("fromStage", "stage-2"));

    assertThat(ids(s)).startsWith("stage-2", "stage-3").doesNotContain("stage-1");
    assertThat(stage(s, "stage-2").path("opensAt").asText()).isEqualTo("2026-11-02T10:00:00+00:00");
    // 2 Nov + 5 days is Saturday 7 Nov: Monday 9 Nov.
    assertThat(stage(s, "stage-2").path("dueAt").asText()).isEqualTo("2026-11-09T17:00:00+00:00");
    // 10 days from 2 Nov: Thursday 12 Nov.
    assertThat(s.path("overallDueAt").asText()).isEqualTo("2026-11-12T17:00:00+00:00");
  }

  @Test
  void dayRangesCountWorkingDaysFromTheDayRaised() throws Exception {
    JsonNode s =
        ok(
            get("/api/v1/protocols/day-range-lac-cp/schedule")
                .param("start", "2026-11-04T10:00:00Z")
                .param("track", "CP"));

    assertThat(s.path("track").asText()).isEqualTo("CP");
    assertThat(ids(s)).containsExactly("stage-1", "stage-2", "stage-3", "stage-4", "stage-5");
    // Day 1 is Wed 4 Nov, day 2 Thu 5.
    assertThat(stage(s, "stage-1").path("opensAt").asText()).isEqualTo("2026-11-04T10:00:00+00:00");
    assertThat(stage(s, "stage-1").path("dueAt").asText()).isEqualTo("2026-11-05T17:00:00+00:00");
    // Days 3-4: Fri 6 Nov opening to Mon 9 Nov close.
    assertThat(stage(s, "stage-2").path("opensAt").asText()).isEqualTo("2026-11-06T09:00:00+00:00");
    assertThat(stage(s, "stage-2").path("dueAt").asText()).isEqualTo("2026-11-09T17:00:00+00:00");
    // Days 5-6: Tue 10, Wed 11; days 7-8: Thu 12, Fri 13; days 9-10: Mon 16, Tue 17.
    assertThat(stage(s, "stage-3").path("opensAt").asText()).isEqualTo("2026-11-10T09:00:00+00:00");
    assertThat(stage(s, "stage-4").path("dueAt").asText()).isEqualTo("2026-11-13T17:00:00+00:00");
    assertThat(stage(s, "stage-5").path("opensAt").asText()).isEqualTo("2026-11-16T09:00:00+00:00");
    assertThat(stage(s, "stage-5").path("dueAt").asText()).isEqualTo("2026-11-17T17:00:00+00:00");
    // The path ends at day 10, before the 20-working-day cap from the formal start (2 Dec).
    assertThat(s.path("overallDueAt").asText()).isEqualTo("2026-11-17T17:00:00+00:00");
  }

  @Test
  void lacTrackOfDayRangeEndsWithTheCafcassReferral() throws Exception {
    JsonNode s =
        ok(
            get("/api/v1/protocols/day-range-lac-cp/schedule")
                .param("start", "2026-11-04T10:00:00Z")
                .param("track", "LAC"));

    assertThat(ids(s).get(ids(s).size() - 1)).isEqualTo("stage-6");
    assertThat(stage(s, "stage-5").path("dueAt").asText()).isEqualTo("2026-11-17T17:00:00+00:00");
    assertThat(stage(s, "stage-6").get("dueAt").isNull()).isTrue();
  }

  @Test
  void summerTimesCarryTheBritishSummerTimeOffset() throws Exception {
    JsonNode s =
        ok(
            get("/api/v1/protocols/restorative-iro-cp/schedule")
                .param("track", "LAC")
                .param("start", "2026-07-06T09:00:00Z")
                .param("fromStage", "level-1"));

    assertThat(s.path("start").asText()).isEqualTo("2026-07-06T10:00:00+01:00");
    assertThat(stage(s, "level-1").path("opensAt").asText()).isEqualTo("2026-07-06T10:00:00+01:00");
    // Mon 6 Jul + 5 working days: Mon 13 Jul, 17:00 BST.
    assertThat(stage(s, "level-1").path("dueAt").asText()).isEqualTo("2026-07-13T17:00:00+01:00");
  }

  @Test
  void aStartGivenWithAnOtherOffsetIsShownInLondonTime() throws Exception {
    JsonNode s =
        ok(
            get("/api/v1/protocols/restorative-iro-cp/schedule")
                .param("track", "LAC")
                .param("start", "2026-12-18T12:00:00+02:00"));

    assertThat(s.path("start").asText()).isEqualTo("2026-12-18T10:00:00+00:00");
  }

  @Test
  void aStartWithoutOffsetIsReadAsLondonTime() throws Exception {
    JsonNode winter =
        ok(
            get("/api/v1/protocols/restorative-iro-cp/schedule")
                .param("track", "LAC")
                .param("start", "2026-12-18T10:00:00"));
    assertThat(winter.path("start").asText()).isEqualTo("2026-12-18T10:00:00+00:00");

    // In summer London is UTC+1, so reading the local time as UTC would give 11:00+01:00.
    JsonNode summer =
        ok(
            get("/api/v1/protocols/restorative-iro-cp/schedule")
                .param("track", "LAC")
                .param("start", "2026-07-06T10:00:00"));
    assertThat(summer.path("start").asText()).isEqualTo("2026-07-06T10:00:00+01:00");
  }

  @Test
  void withoutAStartTheScheduleStartsNow() throws Exception {
    JsonNode s = ok(get("/api/v1/protocols/harrow-drp/schedule"));

    assertThat(s.path("start").asText()).isEqualTo("2026-11-04T10:00:00+00:00");
    assertThat(stage(s, "stage-1").path("opensAt").asText()).isEqualTo("2026-11-04T10:00:00+00:00");
    // Wed 4 Nov + 5 days: Monday 9 Nov.
    assertThat(stage(s, "stage-1").path("dueAt").asText()).isEqualTo("2026-11-09T17:00:00+00:00");
    // 15 days from 4 Nov: Thursday 19 Nov.
    assertThat(s.path("overallDueAt").asText()).isEqualTo("2026-11-19T17:00:00+00:00");
  }

  // ---- refusals -----------------------------------------------------------------------------

  @Test
  void anUnknownProtocolIsNotFound() throws Exception {
    JsonNode e = refused(get("/api/v1/protocols/no-such-protocol/schedule"), 404);

    assertThat(e.path("parameter").asText()).isEqualTo("id");
    assertThat(e.path("error").asText()).contains("no-such-protocol", "harrow-drp");
  }

  @Test
  void aProtocolWithSeveralTracksAndNoTrackGivenIsRefusedListingTheTracks() throws Exception {
    JsonNode e =
        refused(
            get("/api/v1/protocols/day-range-lac-cp/schedule")
                .param("start", "2026-11-04T10:00:00Z"),
            400);

    assertThat(e.path("parameter").asText()).isEqualTo("track");
    assertThat(e.path("error").asText()).contains("day-range-lac-cp", "CP, LAC");
  }

  @Test
  void anUnknownTrackIsRefusedListingTheTracks() throws Exception {
    JsonNode e =
        refused(
            get("/api/v1/protocols/day-range-lac-cp/schedule")
                .param("start", "2026-12-18T10:00:00Z")
                .param("track", "XYZ"),
            400);

    assertThat(e.path("parameter").asText()).isEqualTo("track");
    assertThat(e.path("error").asText()).contains("XYZ", "CP, LAC");
  }

  @Test
  void anUnknownStageIsRefused() throws Exception {
    JsonNode e =
        refused(
            get("/api/v1/protocols/restorative-iro-cp/schedule")
                .param("track", "LAC")
                .param("start", "2026-12-18T10:00:00Z")
                .param("fromStage", "level-9"),
            400);

    assertThat(e.path("parameter").asText()).isEqualTo("fromStage");
    assertThat(e.path("error").asText()).contains("level-9", "level-1");
  }

  @Test
  void aStageWhereADisputeMayNotStartIsRefused() throws Exception {
    JsonNode e =
        refused(
            get("/api/v1/protocols/restorative-iro-cp/schedule")
                .param("track", "LAC")
                .param("start", "2026-12-18T10:00:00Z")
                .param("fromStage", "level-2"),
            400);

    assertThat(e.path("parameter").asText()).isEqualTo("fromStage");
    assertThat(e.path("error").asText())
        .contains("level-2", "informal, formal-decision, level-1")
        .doesNotContain("level-3");
  }

  @Test
  void aStageOfAnotherTrackIsRefused() throws Exception {
    // stage-6 is only on the LAC track of day-range-lac-cp.
    JsonNode e =
        refused(
            get("/api/v1/protocols/day-range-lac-cp/schedule")
                .param("track", "CP")
                .param("fromStage", "stage-6"),
            400);

    assertThat(e.path("parameter").asText()).isEqualTo("fromStage");
  }

  @Test
  void aStartThatIsNotADateIsRefused() throws Exception {
    JsonNode e =
        refused(
            get("/api/v1/protocols/restorative-iro-cp/schedule")
                .param("track", "LAC")
                .param("start", "yesterday"),
            400);

    assertThat(e.path("parameter").asText()).isEqualTo("start");
    assertThat(e.path("error").asText()).contains("yesterday", "ISO-8601");
  }

  @Test
  void theProtocolsAreReadByASignedInUserOnly() throws Exception {
    assertThat(mvc.perform(get("/api/v1/protocols")).andReturn().getResponse().getStatus())
        .isEqualTo(401);
    assertThat(
            mvc.perform(
                    get("/api/v1/protocols")
                        .with(
                            httpBasic(
                                ConsoleTestUsers.OPERATOR, ConsoleTestUsers.OPERATOR_PASSWORD)))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("an operator reads what a viewer reads")
        .isEqualTo(200);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private JsonNode ok(MockHttpServletRequestBuilder request) throws Exception {
    String body =
        mvc.perform(asViewer(request))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  private JsonNode refused(MockHttpServletRequestBuilder request, int status) throws Exception {
    String body =
        mvc.perform(asViewer(request))
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode e = json.readTree(body);
    assertThat(e.path("status").asInt()).isEqualTo(status);
    return e;
  }

  private static MockHttpServletRequestBuilder asViewer(MockHttpServletRequestBuilder request) {
    return request.with(httpBasic(ConsoleTestUsers.VIEWER, ConsoleTestUsers.VIEWER_PASSWORD));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> ids(JsonNode schedule) {
    List<String> out = new ArrayList<>();
    schedule.path("stages").forEach(n -> out.add(n.path("id").asText()));
    return out;
  }

  private static JsonNode stage(JsonNode schedule, String id) {
    for (JsonNode s : schedule.path("stages")) {
      if (s.path("id").asText().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no stage " + id + " in " + schedule);
  }

  private static boolean hasTime(JsonNode stage, String field) {
    return stage.hasNonNull(field);
  }

  private static OffsetDateTime time(JsonNode stage, String field) {
    return OffsetDateTime.parse(stage.path(field).asText());
  }
}
