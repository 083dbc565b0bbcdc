package uk.irodispute.reports;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import uk.irodispute.delivery.Escaping;
import uk.irodispute.reports.DigestContent.Entry;
import uk.irodispute.reports.DigestContent.StageGroup;

/**
 * The digest as a mail, in the words of {@code messages/digest.properties}: a subject with the
 * week's counts, a plain-text body and an HTML body with every value escaped.
 *
 * @param subject the subject line
 * @param plainText the plain-text body
 * @param html the HTML body
 */
public record DigestMail(String subject, String plainText, String html) {

  /**
   * @param content what the digest says
   * @param roleName the role it is sent to, as the protocol or directory names it
   * @param nobodyInRole the role's id when nobody holds it and the digest goes to operations
   *     instead; null when someone holds it
   * @param words the digest's words in the language of its readers
   */
  public static DigestMail of(
      DigestContent content, String roleName, String nobodyInRole, DigestWords words) {
    String subject =
        words.text(
            "subject",
            Map.of(
                "week", content.week(),
                "opened", count(content.opened()),
                "escalated", count(content.escalated()),
                "closed", count(content.closed()),
                "overdue", count(content.overdue())));
    return new DigestMail(
        subject,
        write(content, roleName, nobodyInRole, words, false),
        write(content, roleName, nobodyInRole, words, true));
  }

  private static String write(
      DigestContent c, String roleName, String nobodyInRole, DigestWords words, boolean html) {
    UnaryOperator<String> esc = html ? Escaping.HTML::escape : s -> s;
    StringBuilder out = new StringBuilder();
    String intro =
        words.text(
            "intro",
            Map.of("role", roleName, "from", words.time(c.from()), "to", words.time(c.to())));
    paragraph(out, esc.apply(intro), html);
    if (nobodyInRole != null) {
      paragraph(out, esc.apply(words.text("nobodyInRole", Map.of("role", nobodyInRole))), html);
    }
    section(out, words.text("heading.opened", Map.of()), c.opened(), words, esc, html);
    section(out, words.text("heading.escalated", Map.of()), c.escalated(), words, esc, html);
    section(out, words.text("heading.closed", Map.of()), c.closed(), words, esc, html);
    section(out, words.text("heading.overdue", Map.of()), c.overdue(), words, esc, html);
    heading(out, esc.apply(words.text("heading.byStage", Map.of())), html);
    if (c.openByStage().isEmpty()) {
      paragraph(out, esc.apply(words.text("none", Map.of())), html);
    }
    for (StageGroup g : c.openByStage()) {
      String title =
          words.text(
              "byStage.group",
              Map.of(
                  "stageName", g.stageName(),
                  "protocol", g.protocol(),
                  "count", count(g.disputes())));
      section(out, title, g.disputes(), words, esc, html);
    }
    paragraph(out, esc.apply(words.text("footer", Map.of())), html);
    return html ? "<html><body>\n" + out + "</body></html>\n" : out.toString();
  }

  private static void section(
      StringBuilder out,
      String title,
      List<Entry> entries,
      DigestWords words,
      UnaryOperator<String> esc,
      boolean html) {
    heading(out, esc.apply(title), html);
    if (entries.isEmpty()) {
      paragraph(out, esc.apply(words.text("none", Map.of())), html);
      return;
    }
    out.append(html ? "<ul>\n" : "");
    for (Entry e : entries) {
      String line = e.reference() + ": " + words.detail(e);
      if (html) {
        out.append("<li>").append(esc.apply(line));
        if (e.caseLink() != null) {
          out.append(" <a href=\"")
              .append(esc.apply(e.caseLink()))
              .append("\">")
              .append(esc.apply(words.text("caseRecord", Map.of())))
              .append("</a>");
        }
        out.append("</li>\n");
      } else {
        out.append("- ").append(line).append('\n');
        if (e.caseLink() != null) {
          out.append("  ").append(e.caseLink()).append('\n');
        }
      }
    }
    out.append(html ? "</ul>\n" : "\n");
  }

  private static String count(List<?> items) {
    return String.valueOf(items.size());
  }

  private static void heading(StringBuilder out, String title, boolean html) {
    out.append(html ? "<h3>" + title + "</h3>\n" : title + "\n");
  }

  private static void paragraph(StringBuilder out, String text, boolean html) {
    out.append(html ? "<p>" + text + "</p>\n" : text + "\n\n");
  }
}
