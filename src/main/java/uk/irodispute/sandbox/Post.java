package uk.irodispute.sandbox;

import java.util.Optional;

/** The posts the sandbox's staff hold on a child's case. */
public enum Post {
  SOCIAL_WORKER("social-worker"),
  TEAM_MANAGER("team-manager"),
  IRO("iro");

  private final String id;

  Post(String id) {
    this.id = id;
  }

  /** As a person names it on the page: {@code social-worker}, {@code team-manager}, {@code iro}. */
  public String id() {
    return id;
  }

  /** The post with this id, if there is one. */
  public static Optional<Post> byId(String id) {
    for (Post p : values()) {
      if (p.id.equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
