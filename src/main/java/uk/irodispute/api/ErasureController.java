package uk.irodispute.api;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.irodispute.store.Erasure;

/**
 * {@code POST /api/v1/erasure}: erases what the adapter holds about one child, for a request under
 * data protection law. Operators only ({@code console/ConsoleSecurity}); each erasure is audited
 * under the operator's name ({@link Erasure}).
 */
@RestController
class ErasureController {

  /** Person ids longer than the column that holds them cannot be any child's. */
  private static final int LONGEST_PERSON_ID = 100;

  private final Erasure erasure;

  ErasureController(Erasure erasure) {
    this.erasure = erasure;
  }

  /**
   * The request.
   *
   * @param personId the child's id in the case system, as the disputes hold it
   */
  record ErasureRequest(String personId) {}

  @PostMapping("/api/v1/erasure")
  Erasure.Erased erase(Principal operator, @RequestBody(required = false) ErasureRequest request) {
    if (request == null || request.personId() == null || request.personId().isBlank()) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "personId", "give the child's person id")
          .toException();
    }
    if (request.personId().length() > LONGEST_PERSON_ID) {
      throw new ApiError(
              HttpStatus.BAD_REQUEST,
              "personId",
              "a person id is at most " + LONGEST_PERSON_ID + " characters")
          .toException();
    }
    return erasure.erase(request.personId(), operator.getName());
  }
}
