package uk.irodispute.reports;

import java.util.List;
import java.util.function.UnaryOperator;
import uk.irodispute.core.engine.DueTimes;
import uk.irodispute.delivery.Escaping;
import uk.irodispute.reports.DigestContent.Entry;
import uk.irodispute.reports.DigestContent.StageGroup;

/**
 * The digest as a mail: a subject with the week's counts, a plain-text body and an HTML body with
 * every value escaped.
 *
 * @param subject the subject line
 * @param plainText the plain-text body
 * @param html the HTML body
 */
public record DigestMail(String subject, String plainText, String html) {

  /**
   * @param content what the digest says
   * @param roleName the role it is sent to, as the protocol or directory names it
   * @param note a line above the lists (for example that nobody holds the role); null for none
   */
  public static DigestMail of(DigestContent content, String roleName, String note) {
    String subject =
        "Dispute oversight, week "
            + content.week()
            + ": "
            + content.opened().size()
            + " opened, "
            + content.escalated().size()
            + " escalated, "
            + content.closed().size()
            + " closed, "
            + content.overdue().size()
            + " overdue";
    return new DigestMail(
        subject, write(content, roleName, note, false), write(content, roleName, note, true));
  }

  private static String write(DigestContent c, String roleName, String note, boolean html) {
    UnaryOperator<String> esc = html ? Escaping.HTML::escape : s -> s;
    StringBuilder out = new StringBuilder();
    String intro =
        "The weekly oversight of IRO and CP chair disputes for the "
            + roleName
            + ", from "
            + DueTimes.inWords(c.from())
            + " to "
            + DueTimes.inWords(c.to())
            + ".";
    paragraph(out, esc.apply(intro), html);
    if (note != null) {
      paragraph(out, esc.apply(note), html);
    }
    section(out, "Opened this week", c.opened(), esc, html);
    section(out, "Escalated this week", c.escalated(), esc, html);
    section(out, "Closed this week", c.closed(), esc, html);
    section(out, "Overdue now", c.overdue(), esc, html);
    heading(out, "Open disputes by stage", html);
    if (c.openByStage().isEmpty()) {
      paragraph(out, "None.", html);
    }
    for (StageGroup g : c.openByStage()) {
      section(
          out,
          g.stageName() + " (" + g.protocol() + "): " + g.disputes().size(),
          g.disputes(),
          esc,
          html);
    }
    paragraph(
        out,
        "Sent by the IRO dispute adapter. The dispute register and the annual figures are at"
            + " /api/v1/register and /api/v1/reports/annual.",
        html);
    return html ? "<html><body>\n" + out + "</body></html>\n" : out.toString();
  }

  private static void section(
      StringBuilder out,
      String title,
      List<Entry> entries,
      UnaryOperator<String> esc,
      boolean html) {
    heading(out, esc.apply(title), html);
    if (entries.isEmpty()) {
      paragraph(out, "None.", html);
      return;
    }
    out.append(html ? "<ul>\n" : "");
    for (Entry e : entries) {
      String line = e.reference() + ": " + e.detail();
      if (html) {
        out.append("<li>").append(esc.apply(line));
        if (e.caseLink() != null) {
          out.append(" <a href=\"").append(esc.apply(e.caseLink())).append("\">case record</a>");
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

  private static void heading(StringBuilder out, String title, boolean html) {
    out.append(html ? "<h3>" + title + "</h3>\n" : title + "\n");
  }

  private static void paragraph(StringBuilder out, String text, boolean html) {
    out.append(html ? "<p>" + text + "</p>\n" : text + "\n\n");
  }
}
