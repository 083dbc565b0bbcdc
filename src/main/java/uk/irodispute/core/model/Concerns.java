package uk.irodispute.core.model;

/**
 * Which part of the council a dispute concerns. Seed 001 copies the relevant Service Director from
 * stage 3 where it concerns another part of the council.
 */
public enum Concerns {
  /** Children's services, the IRO's own directorate. */
  CHILDRENS_SERVICES,
  /** Another part of the council, such as housing or education. */
  ANOTHER_PART_OF_THE_COUNCIL
}
