package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

/**
 * A file a user uploaded: the name it had (only ever shown, never used as a path) and its bytes.
 */
public record Upload(String name, byte[] bytes) {

  /** Checks the parts are there. */
  public Upload {
    requireNonNull(name, "name");
    requireNonNull(bytes, "bytes");
  }
}
