package uk.irodispute.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
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
  private final ITemplateEngine templates;

  SandboxMessagesController(Wording wording, ITemplateEngine templates) {
    this.wording = wording;
    this.templates = templates;
  }

  @GetMapping("/sandbox/messages")
  ResponseEntity<String> messages() {
    List<String> languages = new ArrayList<>(List.of(Wording.ENGLISH));
    languages.addAll(wording.ownLanguages());
    Context page = new Context(Locale.UK);
    page.setVariable(
        "languages",
        languages.stream().map(l -> new InLanguage(l, MessagePreviews.of(wording, l))).toList());
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(templates.process("sandbox/messages", page));
  }

  /** Every message's preview in one language. */
  record InLanguage(String language, List<MessagePreviews.Preview> previews) {}
}
