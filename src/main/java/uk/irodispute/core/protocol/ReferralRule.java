package uk.irodispute.core.protocol;

import java.util.List;

/**
 * Referral to CAFCASS. The IRO may refer at any point, even while the process runs.
 *
 * @param name for example {@code Referral to CAFCASS}
 * @param notifyFirst roles that must be told before the referral is made
 * @param consult roles the chair considers the referral with (legal advice, IRO team manager)
 */
public record ReferralRule(String name, List<String> notifyFirst, List<String> consult) {

  public ReferralRule {
    notifyFirst = List.copyOf(notifyFirst);
    consult = List.copyOf(consult);
  }
}
