package uk.irodispute.sandbox;

import java.util.List;

/**
 * Who a sandbox note is about and by, as an API shows it: from the roster for a note recorded as
 * staff would, or as an {@link UncheckedNote} gave them.
 *
 * @param personId the child; null for none
 * @param caseId the child's case or episode; null for none
 * @param author who wrote it
 * @param allocated the workers allocated to the child, by post; empty for a child not on the roster
 */
record NoteParties(
    String personId, String caseId, SandboxWorker author, List<Allocation> allocated) {

  NoteParties {
    allocated = List.copyOf(allocated);
  }

  /** A worker allocated to the child in a post. */
  record Allocation(Post post, SandboxWorker worker) {}
}
