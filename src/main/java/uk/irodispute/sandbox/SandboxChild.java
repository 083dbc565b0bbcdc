package uk.irodispute.sandbox;

import java.time.LocalDate;

/**
 * An invented child known to a sandbox council: ids only, no name.
 *
 * @param personId the case system's person id
 * @param caseId the case or episode id; null where the system has none (the reporting database)
 * @param track LAC or CP, the protocol track their dispute runs on
 * @param birthDate an invented date of birth
 * @param socialWorkerId the allocated social worker
 * @param teamManagerId the allocated social worker's team manager
 * @param iroId the child's Independent Reviewing Officer
 * @param formerSocialWorkerId a social worker whose allocation has ended; null when none
 */
public record SandboxChild(
    String personId,
    String caseId,
    String track,
    LocalDate birthDate,
    String socialWorkerId,
    String teamManagerId,
    String iroId,
    String formerSocialWorkerId) {

  /** The worker allocated in this post. */
  public String allocated(Post post) {
    return switch (post) {
      case SOCIAL_WORKER -> socialWorkerId;
      case TEAM_MANAGER -> teamManagerId;
      case IRO -> iroId;
    };
  }
}
