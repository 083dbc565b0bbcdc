package uk.irodispute.core.protocol;

import java.util.List;

/**
 * Who is told, and from which stage, when a dispute concerns another part of the council.
 *
 * @param inform the roles copied into every stage from {@code fromStage} on
 * @param fromStage the first stage they are copied into
 */
public record OtherPartOfCouncil(List<String> inform, String fromStage) {

  public OtherPartOfCouncil {
    inform = List.copyOf(inform);
  }
}
