package uk.irodispute.systems.mapping;

import java.util.List;
import java.util.Map;

/** One note as the case system gave it, before mapping: values found by their locations. */
interface VendorNote {

  /** Marks a location that holds a list or an object where one value belongs. */
  Object NOT_A_VALUE = new Object();

  /**
   * The value at a location of the system file: text, a time (SQL), {@link #NOT_A_VALUE}, or null
   * when absent.
   */
  Object value(String location);

  /** The form answers as question and answer, in order. */
  List<Map.Entry<String, String>> answers();

  /** The workers allocated to the child, with the case system's role codes. */
  List<VendorWorker> workers();

  /** An allocated worker as the case system gives them. */
  record VendorWorker(String roleCode, String id, String name, String email, String team) {}
}
