package uk.irodispute.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.irodispute.config.AcceleratedClock;
import uk.irodispute.core.protocol.Category;
import uk.irodispute.core.protocol.StandardCategories;

/** Renders the sandbox page and a child's page in a case system; every value is escaped. */
final class SandboxPage {

  /** The answer fields the page's forms offer, canonical names; each system asks some of them. */
  static final List<String> FIELDS =
      List.of(
          "reference",
          "track",
          "category",
          "seriousness",
          "startAt",
          "responseType",
          "reason",
          "approvedBy",
          "extendBy");

  private static final String STYLE =
      "<style>body{font-family:sans-serif;margin:1.5em;max-width:80em}"
          + "table{border-collapse:collapse;margin-bottom:1em}"
          + "td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}"
          + "label{display:inline-block;margin:.2em .8em .2em 0}"
          + ".done{color:#064}.error{color:#a00}form{margin:.5em 0}</style>";

  private final SandboxCaseSystems sandbox;
  private final SandboxMailServer mail;
  private final Clock clock;

  SandboxPage(SandboxCaseSystems sandbox, SandboxMailServer mail, Clock clock) {
    this.sandbox = sandbox;
    this.mail = mail;
    this.clock = clock;
  }

  String home(String done, String error) {
    Html h = start("Sandbox case systems");
    h.raw("<h1>Sandbox case systems</h1><p>Adapter time: <strong>")
        .text(Html.london(clock.instant()))
        .raw("</strong> (Europe/London)");
    if (clock instanceof AcceleratedClock accelerated && accelerated.speed() > 1) {
      h.text(", running " + accelerated.speed() + " times real time");
    }
    h.raw(". Mail is taken by the sandbox SMTP server on ")
        .text(mail.host() + ":" + mail.port())
        .raw(".</p>");
    if (done != null) {
      h.raw("<p class=\"done\">").text(done).raw("</p>");
    }
    if (error != null) {
      h.raw("<p class=\"error\">").text(error).raw("</p>");
    }
    recordForm(h);
    editForm(h);
    recorded(h);
    writtenBack(h, sandbox.writtenBack());
    mails(h);
    faults(h);
    children(h);
    return h.raw("</body></html>").toString();
  }

  /** A child's record in one system: the link in every alert leads here. */
  String child(SandboxSystem system, SandboxChild child) {
    Html h = start("Person " + child.personId());
    h.raw("<p>").link("/sandbox", "Sandbox").raw("</p><h1>").text(system.title()).raw("</h1>");
    h.raw("<p>Person ").text(child.personId());
    if (child.caseId() != null) {
      h.text(", episode/case " + child.caseId());
    }
    h.text(", " + child.track() + ", born " + child.birthDate()).raw("</p>");
    SandboxRoster roster = sandbox.roster(system);
    h.raw("<table><tr><th>post</th><th>worker</th><th>team</th><th>e-mail</th></tr>");
    for (Post post : Post.values()) {
      SandboxWorker w = roster.worker(child.allocated(post));
      h.raw("<tr>").element("td", post.id()).element("td", w.name() + " (" + w.id() + ")");
      h.element("td", w.team()).element("td", w.email()).raw("</tr>");
    }
    h.raw("</table><h2>Case notes</h2>");
    noteTable(
        h,
        sandbox.notes(system).stream().filter(n -> child.personId().equals(n.personId())).toList(),
        true);
    writtenBack(
        h,
        sandbox.writtenBack(system).stream()
            .filter(w -> child.personId().equals(w.personId()))
            .toList());
    return h.raw("</body></html>").toString();
  }

  private static Html start(String title) {
    return new Html()
        .raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .text(title)
        .raw("</title>")
        .raw(STYLE)
        .raw("</head><body>");
  }

  private void recordForm(Html h) {
    h.raw("<h2>Record a dispute note</h2><form method=\"post\" action=\"/sandbox/page/notes\">");
    h.raw("<label>Child <select name=\"subject\">");
    for (SandboxSystem system : SandboxSystem.values()) {
      h.raw("<optgroup label=\"").text(system.title()).raw("\">");
      for (SandboxChild c : sandbox.roster(system).children()) {
        h.option(
            system.id() + "/" + c.personId(),
            system.id() + " · " + c.personId() + " (" + c.track() + ")",
            "");
      }
      h.raw("</optgroup>");
    }
    h.raw("</select></label><label>Written by <select name=\"author\">");
    for (Post post : List.of(Post.IRO, Post.SOCIAL_WORKER, Post.TEAM_MANAGER)) {
      h.option(post.id(), "the child's " + post.id(), "");
    }
    h.raw("</select></label>");
    actionSelect(h, "raise");
    answerInputs(h);
    h.raw("<br><label>Text <textarea name=\"text\" rows=\"2\" cols=\"60\"></textarea></label>");
    h.raw("<label><input type=\"checkbox\" name=\"draft\" value=\"true\"> draft")
        .raw(" (lcs-reporting only)</label> <button>Record</button></form>");
  }

  private void editForm(Html h) {
    h.raw("<h2>Edit a note</h2><p>A new version; blank fields stay as they are.</p>")
        .raw("<form method=\"post\" action=\"/sandbox/page/edits\"><label>Note <select")
        .raw(" name=\"note\">");
    for (SandboxSystem system : SandboxSystem.values()) {
      for (RecordedNote n : sandbox.notes(system)) {
        if (n.isDisputeNote()) {
          h.option(
              system.id() + "/" + n.noteId(),
              system.id() + " · " + n.noteId() + " v" + n.version() + " · " + n.answer("action"),
              "");
        }
      }
    }
    h.raw("</select></label><label>Action <select name=\"action\"><option value=\"\">");
    h.raw("(unchanged)</option>");
    VendorForm.ACTIONS.forEach(a -> h.option(a, a, ""));
    h.raw("</select></label>");
    answerInputs(h);
    h.input("status", "status (Draft, Complete)", "");
    h.raw("<br><label>Text <textarea name=\"text\" rows=\"2\" cols=\"60\"></textarea></label>")
        .raw("<button>Save a new version</button></form>");
  }

  private static void actionSelect(Html h, String selected) {
    h.raw("<label>Action <select name=\"action\">");
    VendorForm.ACTIONS.forEach(a -> h.option(a, a, selected));
    h.raw("</select></label>");
  }

  private static void answerInputs(Html h) {
    h.raw("<br>");
    for (String field : FIELDS) {
      h.raw("<label>")
          .text(field)
          .raw(" <input name=\"")
          .text(field)
          .raw("\"" + (field.equals("category") ? " list=\"categories\"" : "") + "></label>");
    }
    h.raw("<datalist id=\"categories\">");
    for (Category c : StandardCategories.ALL) {
      h.option(c.id(), c.name(), "");
    }
    h.raw("</datalist>");
  }

  private void recorded(Html h) {
    h.raw("<h2>Notes in the case systems</h2>");
    for (SandboxSystem system : SandboxSystem.values()) {
      h.element("h3", system.title());
      noteTable(h, sandbox.notes(system), false);
    }
  }

  private void noteTable(Html h, List<RecordedNote> notes, boolean withText) {
    h.raw("<table><tr><th>note</th><th>version</th><th>type</th><th>child</th><th>author</th>")
        .raw("<th>changed</th><th>answers</th>" + (withText ? "<th>text</th>" : "") + "</tr>");
    for (RecordedNote n : notes) {
      SandboxWorker author = sandbox.parties(n).author();
      h.raw("<tr>").element("td", n.noteId()).element("td", Integer.toString(n.version()));
      h.element("td", n.noteType()).raw("<td>");
      if (n.personId() != null && sandbox.roster(n.system()).findChild(n.personId()).isPresent()) {
        h.link(personLink(n.system(), n.personId()), n.personId());
      } else {
        h.text(n.personId() == null ? "none" : n.personId());
      }
      h.raw("</td>")
          .element(
              "td",
              author.name()
                  + " ("
                  + (author.post() == null ? "unchecked" : author.post().id())
                  + ")");
      h.element("td", Html.london(n.modifiedAt()))
          .element("td", new TreeMap<>(n.answers()).toString());
      if (withText) {
        h.element("td", n.text());
      }
      h.raw("</tr>");
    }
    h.raw("</table>");
  }

  private void writtenBack(Html h, List<WrittenBackNote> notes) {
    h.raw("<h2>Notes written back by the adapter</h2><table><tr><th>system</th><th>via</th>")
        .raw("<th>key</th><th>child</th><th>received</th><th>fields</th></tr>");
    for (WrittenBackNote w : notes) {
      h.raw("<tr>").element("td", w.system().id()).element("td", w.channel());
      h.element("td", w.key()).element("td", w.personId());
      h.element("td", Html.london(w.receivedAt())).raw("<td>");
      for (Map.Entry<String, String> f : new TreeMap<>(w.fields()).entrySet()) {
        h.raw("<div><strong>").text(f.getKey()).raw("</strong>: ").text(f.getValue()).raw("</div>");
      }
      h.raw("</td></tr>");
    }
    nothingYet(h, notes.isEmpty(), 6);
  }

  private void mails(Html h) {
    h.raw("<h2>Mails received</h2><form method=\"post\" action=\"/sandbox/page/mails/purge\">")
        .raw("<button>Forget every mail</button></form><table><tr><th>sent</th><th>to</th>")
        .raw("<th>cc</th><th>subject and text</th></tr>");
    for (ReceivedMail m : mail.receivedMails()) {
      h.raw("<tr>").element("td", Html.london(m.sentAt()));
      h.element("td", String.join(", ", m.to())).element("td", String.join(", ", m.cc()));
      h.raw("<td><details><summary>").text(m.subject()).raw("</summary><pre>");
      h.text(m.plainText() == null ? "(no plain text part)" : m.plainText());
      h.raw("</pre>");
      if (mail.imapPort() >= 0 && !m.to().isEmpty()) {
        replyForm(h, m);
      }
      h.raw("</details></td></tr>");
    }
    nothingYet(h, mail.receivedMails().isEmpty(), 4);
  }

  /**
   * A form that answers the mail as one of its recipients would, by a reply into the answers
   * mailbox: its first line gives the response, the rest is recorded.
   */
  private static void replyForm(Html h, ReceivedMail m) {
    h.raw("<form method=\"post\" action=\"/sandbox/page/mails/reply\">")
        .raw("<input type=\"hidden\" name=\"messageId\" value=\"")
        .text(m.messageId())
        .raw("\">")
        .input("from", "Reply from", m.to().get(0))
        .raw("<br><label>Reply (first line: the response) <textarea name=\"text\" rows=\"3\"")
        .raw(
            " cols=\"60\">Respond\n</textarea></label><br><button>Answer by e-mail</button></form>");
  }

  /** Closes a table, with a row saying so when it has nothing in it. */
  private static void nothingYet(Html h, boolean empty, int columns) {
    if (empty) {
      h.raw("<tr><td colspan=\"" + columns + "\">nothing yet</td></tr>");
    }
    h.raw("</table>");
  }

  private void faults(Html h) {
    h.raw("<h2>Faults</h2><table><tr><th>system</th><th>armed</th></tr>");
    for (SandboxSystem system : SandboxSystem.values()) {
      h.raw("<tr>").element("td", system.id()).raw("<td>");
      for (Fault f : sandbox.faults(system).armed()) {
        h.element("div", f.describe());
      }
      h.raw("<form method=\"post\" action=\"/sandbox/page/faults/clear\">")
          .raw("<input type=\"hidden\" name=\"system\" value=\"")
          .text(system.id())
          .raw("\"><button>Clear</button></form></td></tr>");
    }
    h.raw("</table><form method=\"post\" action=\"/sandbox/page/faults\"><label>System <select")
        .raw(" name=\"system\">");
    for (SandboxSystem system : SandboxSystem.values()) {
      h.option(system.id(), system.id(), "");
    }
    h.raw("</select></label><label>Fault <select name=\"kind\">");
    for (FaultKind k : FaultKind.values()) {
      h.option(k.id(), k.id(), "");
    }
    h.raw("</select></label><label>On <select name=\"target\">");
    for (FaultTarget t : FaultTarget.values()) {
      h.option(t.id(), t.id(), "");
    }
    h.raw("</select></label>");
    h.input("times", "times (or until-cleared)", "1").input("delay", "delay (2s, 500ms)", "");
    h.raw("<button>Arm</button></form>")
        .raw("<form method=\"post\" action=\"/sandbox/page/tokens/revoke\"><button>")
        .raw("Revoke every lcs-api token</button></form>");
  }

  private void children(Html h) {
    h.raw("<h2>Children and their workers</h2>");
    for (SandboxSystem system : SandboxSystem.values()) {
      SandboxRoster roster = sandbox.roster(system);
      h.element("h3", system.title())
          .raw("<table><tr><th>person</th><th>case</th><th>track</th><th>social worker</th>")
          .raw("<th>team manager</th><th>IRO</th></tr>");
      for (SandboxChild c : roster.children()) {
        h.raw("<tr><td>").link(personLink(system, c.personId()), c.personId()).raw("</td>");
        h.element("td", c.caseId()).element("td", c.track());
        for (Post post : Post.values()) {
          SandboxWorker w = roster.worker(c.allocated(post));
          h.element("td", w.name() + ", " + w.team() + " (" + w.id() + ")");
        }
        h.raw("</tr>");
      }
      h.raw("</table>");
    }
  }

  /** The child's page, where each system file's {@code caseLink} points. */
  String personLink(SandboxSystem system, String personId) {
    return switch (system) {
      case LCS_REPORTING -> "/sandbox/lcs-reporting/person/" + personId;
      case LCS_API -> "/sandbox/lcs-api/person/" + personId;
      case FWI_API -> "/sandbox/fwi/episode/" + sandbox.roster(system).child(personId).caseId();
    };
  }
}
