package uk.irodispute.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.delivery.Delivery;

/**
 * The JSON the store keeps: a dispute's state, an event's details and a delivery. The core's
 * records are read and written as they are, through their components; the few things Jackson would
 * get wrong are set right here with mix-ins, so the core stays free of Jackson. Its own mapper,
 * apart from the API's: a change to how the API writes JSON never changes what is stored.
 */
@Component
public class StoreJson {

  private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .addMixIn(DisputeReference.class, ReferenceAsText.class)
          .addMixIn(StageRecord.class, StageRecordComponentsOnly.class)
          .build();

  public String write(Dispute dispute) {
    return toJson(dispute);
  }

  public Dispute readDispute(String json) {
    return fromJson(json, Dispute.class);
  }

  public String writeDetails(Map<String, String> details) {
    return toJson(details);
  }

  public Map<String, String> readDetails(String json) {
    try {
      return Map.copyOf(mapper.readValue(json, DETAILS));
    } catch (JsonProcessingException e) {
      throw unreadable(Map.class, e);
    }
  }

  /** A delivery's components; its kind is kept beside it (see {@link DeliveryKind}). */
  public String write(Delivery delivery) {
    return toJson(delivery);
  }

  public Delivery readDelivery(DeliveryKind kind, String json) {
    return fromJson(json, kind.type());
  }

  private String toJson(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private <T> T fromJson(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw unreadable(type, e);
    }
  }

  /** No JSON text in the message: it may hold addresses or a rendered note. */
  private static IllegalStateException unreadable(Class<?> type, JsonProcessingException e) {
    return new IllegalStateException(
        "stored " + type.getSimpleName() + " is not readable JSON at " + e.getLocation());
  }

  /** A reference is written as its text, {@code "DRP-2026-000042"}. */
  abstract static class ReferenceAsText {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    ReferenceAsText(String value) {}

    @JsonValue
    abstract String value();
  }

  /** {@code isOpen()} is derived from {@code closedAt}, not a component to store. */
  abstract static class StageRecordComponentsOnly {
    @JsonIgnore
    abstract boolean isOpen();
  }
}
