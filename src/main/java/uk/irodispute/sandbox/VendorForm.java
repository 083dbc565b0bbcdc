package uk.irodispute.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one sandbox case system words its IRO dispute form: the note type, the question code for each
 * canonical field, and the vendor's answers for canonical values. These are the vendor's own words,
 * fixed as a vendor's are; {@code SandboxVocabularyTest} checks them against the shipped files
 * under {@code mappings/systems/}.
 *
 * @param system the case system
 * @param noteType the type code of a dispute note
 * @param questions canonical field to the vendor's question code, in the form's order
 * @param answers per canonical field, canonical value to the vendor's answer
 * @param roleCodes how the system names each post in a child's allocation
 */
public record VendorForm(
    SandboxSystem system,
    String noteType,
    Map<String, String> questions,
    Map<String, Map<String, String>> answers,
    Map<Post, String> roleCodes) {

  /** The canonical command names, the values of the {@code action} field. */
  public static final List<String> ACTIONS =
      List.of(
          "raise",
          "respond",
          "satisfied",
          "escalate",
          "pause",
          "resume",
          "extend",
          "refer",
          "withdraw",
          "comment");

  /**
   * The canonical field holding whether a note is a draft ({@code Draft}) or complete ({@code
   * Complete}). The reporting database asks it as a question of the form; the APIs give it as the
   * note's own state.
   */
  public static final String STATUS = "status";

  /** The form of one system. */
  public static VendorForm of(SandboxSystem system) {
    return switch (system) {
      case LCS_REPORTING -> LCS_REPORTING;
      case LCS_API -> LCS_API;
      case FWI_API -> FWI_API;
    };
  }

  /** The vendor's question for a canonical field; an error naming the system's fields if none. */
  public String question(String field) {
    String q = questions.get(field);
    if (q == null) {
      throw new IllegalArgumentException(
          system.id() + "'s dispute form has no question for '" + field + "'; it has " + fields());
    }
    return q;
  }

  /**
   * Checks that a note of this system can hold the canonical field: a question of the form, or the
   * note's status.
   */
  public void checkField(String field) {
    if (!STATUS.equals(field)) {
      question(field);
    }
  }

  /** The canonical field a vendor question code stands for; null for an unknown code. */
  public String field(String question) {
    return questions.entrySet().stream()
        .filter(e -> e.getValue().equals(question))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  /** The canonical fields the form asks, in order. */
  public List<String> fields() {
    return List.copyOf(questions.keySet());
  }

  /** The vendor's answer for a canonical value; a value the vendor has no word for as it is. */
  public String vendorAnswer(String field, String value) {
    return answers.getOrDefault(field, Map.of()).getOrDefault(value, value);
  }

  /** The canonical value of a vendor's answer; an answer with no canonical value as it is. */
  public String canonicalAnswer(String field, String answer) {
    return answers.getOrDefault(field, Map.of()).entrySet().stream()
        .filter(e -> e.getValue().equals(answer))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(answer);
  }

  private static final VendorForm LCS_REPORTING =
      new VendorForm(
          SandboxSystem.LCS_REPORTING,
          "IRO",
          ordered(
              "action", "1",
              "reference", "2",
              "track", "3",
              "category", "4",
              "startAt", "5",
              "responseType", "6",
              "reason", "7",
              "approvedBy", "8",
              "extendBy", "9"),
          Map.of(
              "action",
              actions(
                  "Raise dispute",
                  "Response",
                  "Resolved - satisfied",
                  "Not satisfied - escalate",
                  "Time out",
                  "Resume",
                  "Extend",
                  "Refer to CAFCASS",
                  "Withdraw",
                  "Comment"),
              "track",
              Map.of("LAC", "Looked after", "CP", "Child protection")),
          Map.of(Post.SOCIAL_WORKER, "SW", Post.TEAM_MANAGER, "TM", Post.IRO, "IRO"));

  private static final VendorForm LCS_API =
      new VendorForm(
          SandboxSystem.LCS_API,
          "IRO_DRP",
          ordered(
              "action", "drpAction",
              "reference", "drpReference",
              "track", "drpTrack",
              "category", "drpCategory",
              "startAt", "drpStartAt",
              "responseType", "drpResponseType",
              "reason", "drpReason",
              "approvedBy", "drpApprovedBy",
              "extendBy", "drpExtendBy"),
          Map.of(
              "action",
              actions(
                  "raise",
                  "respond",
                  "satisfied",
                  "escalate",
                  "timeOut",
                  "resume",
                  "extend",
                  "refer",
                  "withdraw",
                  "comment")),
          Map.of(
              Post.SOCIAL_WORKER,
              "SOCIAL_WORKER",
              Post.TEAM_MANAGER,
              "TEAM_MANAGER",
              Post.IRO,
              "IRO"));

  private static final VendorForm FWI_API =
      new VendorForm(
          SandboxSystem.FWI_API,
          "IRO_MONITORING",
          ordered(
              "action", "DRP_ACTION",
              "reference", "DRP_REF",
              "seriousness", "DRP_SIGNIFICANCE",
              "startAt", "DRP_START_STAGE",
              "responseType", "DRP_RESPONSE",
              "reason", "DRP_REASON",
              "approvedBy", "DRP_APPROVER"),
          Map.of(
              "action",
              actions(
                  "RAISE",
                  "RESPONSE",
                  "RESOLVED",
                  "ESCALATE",
                  "TIME_OUT",
                  "RESUME",
                  "EXTEND",
                  "REFER",
                  "WITHDRAW",
                  "COMMENT"),
              "seriousness",
              Map.of("routine", "Routine", "very-significant", "Very significant")),
          Map.of(
              Post.SOCIAL_WORKER,
              "Allocated Social Worker",
              Post.TEAM_MANAGER,
              "Team Manager",
              Post.IRO,
              "Independent Reviewing Officer"));

  private static Map<String, String> actions(String... vendorWords) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < ACTIONS.size(); i++) {
      map.put(ACTIONS.get(i), vendorWords[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
