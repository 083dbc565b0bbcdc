package uk.irodispute.sandbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;

/**
 * The sandbox page at {@code /sandbox}: record and edit notes as staff would, see the notes in each
 * system, what the adapter wrote back and the mails it sent, and switch faults. Each form posts,
 * then returns to the page with what happened.
 */
@Controller
@Profile("sandbox")
class SandboxPageController {

  private final SandboxCaseSystems sandbox;
  private final SandboxMailServer mail;
  private final SandboxPage page;

  SandboxPageController(
      SandboxCaseSystems sandbox, SandboxMailServer mail, Clock clock, ITemplateEngine templates) {
    this.sandbox = sandbox;
    this.mail = mail;
    this.page = new SandboxPage(sandbox, mail, clock, templates);
  }

  @GetMapping("/sandbox")
  ResponseEntity<String> home(
      @RequestParam(required = false) String done, @RequestParam(required = false) String error) {
    return html(HttpStatus.OK, page.home(done, error));
  }

  @GetMapping("/sandbox/lcs-reporting/person/{personId}")
  ResponseEntity<String> reportingPerson(@PathVariable String personId) {
    return childPage(SandboxSystem.LCS_REPORTING, personId);
  }

  @GetMapping("/sandbox/lcs-api/person/{personId}")
  ResponseEntity<String> apiPerson(@PathVariable String personId) {
    return childPage(SandboxSystem.LCS_API, personId);
  }

  @GetMapping("/sandbox/fwi/episode/{episodeId}")
  ResponseEntity<String> episode(@PathVariable String episodeId) {
    return sandbox
        .roster(SandboxSystem.FWI_API)
        .findCase(episodeId)
        .map(c -> html(HttpStatus.OK, page.child(SandboxSystem.FWI_API, c)))
        .orElseGet(() -> html(HttpStatus.NOT_FOUND, "No such episode."));
  }

  @PostMapping("/sandbox/page/notes")
  ResponseEntity<String> record(@RequestParam Map<String, String> form) {
    return back(
        () -> {
          String[] subject = form.getOrDefault("subject", "").split("/", 2);
          if (subject.length < 2) {
            throw new IllegalArgumentException("choose a child");
          }
          SandboxSystem system = SandboxSystem.byId(subject[0]);
          NoteRequest.Builder note =
              NoteRequest.in(system, subject[1]).action(form.get("action")).text(form.get("text"));
          String author = form.getOrDefault("author", Post.IRO.id());
          Post.byId(author).ifPresentOrElse(note::by, () -> note.byWorker(author));
          for (String field : SandboxPage.FIELDS) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
              note.answer(field, value.strip());
            }
          }
          String track = form.get("track");
          if ("raise".equals(form.get("action"))
              && (track == null || track.isBlank())
              && VendorForm.of(system).fields().contains("track")) {
            // A protocol with several tracks refuses a raise that names none.
            sandbox
                .roster(system)
                .findChild(subject[1])
                .ifPresent(child -> note.answer("track", child.track()));
          }
          if ("true".equals(form.get("draft"))) {
            note.draft();
          }
          RecordedNote recorded = sandbox.record(note.build());
          return "Recorded note " + recorded.noteId() + " in " + recorded.system().id();
        });
  }

  @PostMapping("/sandbox/page/edits")
  ResponseEntity<String> edit(@RequestParam Map<String, String> form) {
    return back(
        () -> {
          String[] note = form.getOrDefault("note", "").split("/", 2);
          if (note.length < 2) {
            throw new IllegalArgumentException("choose a note");
          }
          Map<String, String> changes = new HashMap<>();
          for (String field : SandboxPage.FIELDS) {
            putIfGiven(changes, field, form.get(field));
          }
          putIfGiven(changes, "action", form.get("action"));
          putIfGiven(changes, "status", form.get("status"));
          String text = form.get("text");
          RecordedNote edited =
              sandbox.edit(
                  SandboxSystem.byId(note[0]),
                  note[1],
                  changes,
                  text == null || text.isBlank() ? null : text);
          return "Note " + edited.noteId() + " is now version " + edited.version();
        });
  }

  @PostMapping("/sandbox/page/faults")
  ResponseEntity<String> arm(@RequestParam Map<String, String> form) {
    return back(
        () -> {
          SandboxSystem system = SandboxSystem.byId(form.getOrDefault("system", ""));
          Fault fault = FaultSwitches.fault(form);
          sandbox.faults(system).arm(fault);
          return "Armed " + fault.describe() + " on " + system.id();
        });
  }

  @PostMapping("/sandbox/page/faults/clear")
  ResponseEntity<String> clear(@RequestParam String system) {
    return back(
        () -> {
          sandbox.faults(SandboxSystem.byId(system)).clear();
          return "Cleared the faults of " + system;
        });
  }

  @PostMapping("/sandbox/page/tokens/revoke")
  ResponseEntity<String> revoke() {
    return back(
        () -> {
          sandbox.revokeTokens();
          return "Every lcs-api token is revoked";
        });
  }

  @PostMapping("/sandbox/page/mails/reply")
  ResponseEntity<String> reply(
      @RequestParam String messageId, @RequestParam String from, @RequestParam String text) {
    return back(
        () -> {
          mail.reply(messageId, from.strip(), text);
          return "Replied from "
              + from.strip()
              + "; the adapter takes the answer when it next reads the answers mailbox";
        });
  }

  @PostMapping("/sandbox/page/mails/purge")
  ResponseEntity<String> purge() {
    return back(
        () -> {
          mail.purge();
          return "Every mail is forgotten";
        });
  }

  private ResponseEntity<String> childPage(SandboxSystem system, String personId) {
    return sandbox
        .roster(system)
        .findChild(personId)
        .map(c -> html(HttpStatus.OK, page.child(system, c)))
        .orElseGet(() -> html(HttpStatus.NOT_FOUND, "No such person."));
  }

  private static void putIfGiven(Map<String, String> changes, String field, String value) {
    if (value != null && !value.isBlank()) {
      changes.put(field, value.strip());
    }
  }

  /** Does what a form asks, then sends the browser back to the page with what happened. */
  private static ResponseEntity<String> back(Action action) {
    String parameter;
    String message;
    try {
      message = action.run();
      parameter = "done";
    } catch (IllegalArgumentException | NoSuchElementException e) {
      message = e.getMessage();
      parameter = "error";
    }
    URI to =
        UriComponentsBuilder.fromPath("/sandbox")
            .queryParam(parameter, "{message}")
            .encode(StandardCharsets.UTF_8)
            .buildAndExpand(message)
            .toUri();
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, to.toString())
        .build();
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(body);
  }

  /** A form's work, answering what it did. */
  @FunctionalInterface
  private interface Action {
    String run();
  }
}
