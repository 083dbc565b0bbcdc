package uk.irodispute.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import uk.irodispute.delivery.MessagePreviews;
import uk.irodispute.delivery.Wording;

/**
 * The page at {@code /sandbox/messages}: every kind of alert and a case note, written with the
 * council's wording from {@code mappings/messages/}, in English and in each language the council
 * has words in. Invented values only.
 */
@Controller
@Profile("sandbox")
class SandboxMessagesController {

  private final Wording wording;

  SandboxMessagesController(Wording wording) {
    this.wording = wording;
  }

  @GetMapping("/sandbox/messages")
  ResponseEntity<String> messages() {
    List<String> languages = new ArrayList<>(List.of(Wording.ENGLISH));
    languages.addAll(wording.ownLanguages());
    Html h = new Html();
    h.raw("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
        .raw("<title>Messages</title></head><body><p>")
        .link("/sandbox", "Sandbox")
        .raw("</p><h1>Messages, as the council words them</h1>")
        .raw("<p>Built-in wording with the files under mappings/messages/ on top")
        .raw(" (docs/MESSAGES.md). Every value is invented.</p>");
    for (String language : languages) {
      h.raw("<h2>Language: ").text(language).raw("</h2>");
      for (MessagePreviews.Preview p : MessagePreviews.of(wording, language)) {
        h.raw("<h3>").text(p.kind()).raw("</h3>");
        if (!p.subject().isEmpty()) {
          h.raw("<p>Subject: <strong>").text(p.subject()).raw("</strong></p>");
        }
        h.raw("<pre>").text(p.text()).raw("</pre>");
      }
    }
    h.raw("</body></html>");
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(h.toString());
  }
}
