package io.allianceeval.model;

import java.text.Normalizer;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An alliance (产业技术创新战略联盟): its {@linkplain #code() code}, which is its identity, and a
 * display name.
 *
 * <p>Names are not stable across documents (full- and half-width brackets, stray spaces), so two
 * alliances are equal only when code <em>and</em> name are equal; to match by name use {@link
 * #normalizedName()} or {@link #normalizeName(String)}. The {@linkplain #batch() batch} follows from
 * the code.
 */
@Value.Immutable
public abstract class Alliance implements Comparable<Alliance> {

  Alliance() {}

  /**
   * Creates an alliance.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Alliance of(AllianceCode code, String name) {
    return ImmutableAlliance.of(code, name);
  }

  /** Parses {@code code} with {@link AllianceCode#parse} and creates the alliance. */
  public static Alliance of(String code, String name) {
    Objects.requireNonNull(name, "name");
    return of(AllianceCode.parse(code), name);
  }

  /** The identity of the alliance. */
  public abstract AllianceCode code();

  /** The display name, as given. */
  public abstract String name();

  /** The batch the code belongs to. */
  @Value.Auxiliary
  @Value.Derived
  public Batch batch() {
    return code().batch();
  }

  /** The name after {@link #normalizeName(String)}: the form to compare names by. */
  @Value.Auxiliary
  @Value.Lazy
  public String normalizedName() {
    return normalizeName(name());
  }

  /**
   * Normalises a name for matching: Unicode NFKC (full-width brackets become half-width) and every
   * whitespace character removed. {@code "建筑信息模型（BIM）"} and {@code "建筑信息模型 (BIM) "} normalise
   * to the same text.
   */
  public static String normalizeName(String name) {
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Orders by code. */
  @Override
  public int compareTo(Alliance other) {
    int byCode = code().compareTo(other.code());
    return byCode != 0 ? byCode : name().compareTo(other.name());
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("alliance " + code() + ": name must not be blank");
    }
  }

  /** For example {@code 105 TD 产业技术创新战略联盟}. */
  @Override
  public String toString() {
    return code() + " " + name();
  }
}
