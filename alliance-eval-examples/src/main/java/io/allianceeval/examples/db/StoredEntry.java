package io.allianceeval.examples.db;

import static java.util.Objects.requireNonNull;

import io.allianceeval.activity.Activity;
import java.util.Optional;

/**
 * An activity entry as the database holds it: its id, the entry, and who entered it on the server
 * (empty for an entry imported with {@code db import}).
 */
public record StoredEntry(long id, Activity activity, Optional<String> enteredBy) {

  /** Checks the parts. */
  public StoredEntry {
    requireNonNull(activity, "activity");
    requireNonNull(enteredBy, "enteredBy");
  }
}
