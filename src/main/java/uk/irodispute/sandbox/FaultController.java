package uk.irodispute.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's fault switches over HTTP, for example {@code curl -X POST
 * localhost:8080/sandbox/faults/lcs-api -d kind=server-error -d times=3}. Every answer lists the
 * faults armed.
 */
@RestController
@Profile("sandbox")
@RequestMapping("/sandbox/faults")
class FaultController {

  private final SandboxCaseSystems sandbox;

  FaultController(SandboxCaseSystems sandbox) {
    this.sandbox = sandbox;
  }

  @GetMapping
  Map<String, List<Map<String, Object>>> armed() {
    Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
    for (SandboxSystem system : SandboxSystem.values()) {
      all.put(system.id(), sandbox.faults(system).armed().stream().map(this::view).toList());
    }
    return all;
  }

  /** Arms a fault: parameters {@code kind}, {@code times}, {@code target}, {@code delay}. */
  @PostMapping("/{system}")
  Map<String, List<Map<String, Object>>> arm(
      @PathVariable String system, @RequestParam Map<String, String> parameters) {
    sandbox.faults(SandboxSystem.byId(system)).arm(FaultSwitches.fault(parameters));
    return armed();
  }

  @DeleteMapping("/{system}")
  Map<String, List<Map<String, Object>>> clear(@PathVariable String system) {
    sandbox.faults(SandboxSystem.byId(system)).clear();
    return armed();
  }

  @DeleteMapping
  Map<String, List<Map<String, Object>>> clearAll() {
    sandbox.clearFaults();
    return armed();
  }

  /** Every OAuth token the JSON API has issued stops working. */
  @PostMapping("/lcs-api/revoke-tokens")
  Map<String, List<Map<String, Object>>> revokeTokens() {
    sandbox.revokeTokens();
    return armed();
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> refused(IllegalArgumentException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
  }

  private Map<String, Object> view(Fault fault) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", fault.kind().id());
    view.put("target", fault.target().id());
    view.put("times", fault.times() == Fault.UNTIL_CLEARED ? "until-cleared" : fault.times());
    view.put("delay", fault.delay() == null ? null : fault.delay().toString());
    return view;
  }
}
