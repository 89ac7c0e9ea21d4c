package io.allianceeval.model;

import static java.util.Objects.requireNonNull;


/**
 * The identity of an alliance: the code it was given in the admission documents.
 *
 * <ul>
 *   <li>{@code 1NN}, {@code 2NN}, {@code 3NN}: a pilot of the first, second or third batch, where
 *       {@code NN} ({@code 01}–{@code 99}) is its position in the approval document;
 *   <li>{@code DNNN}: a network member (协发网网员联盟); a lower-case {@code d} is accepted and
 *       shown as {@code D}.
 * </ul>
 *
 * <p>Codes order the way the report does: by {@link Batch} (first, second, third, network), then by
 * number. Instances are immutable and compared by value; {@link #toString()} is the canonical code.
 * Hand-written rather than a record: {@link #parse} is the only way in, and a record's public
 * constructor would be a second.
 */
public final class AllianceCode implements Comparable<AllianceCode> {

  private final Batch batch;
  private final int number;

  private AllianceCode(Batch batch, int number) {
    this.batch = batch;
    this.number = number;
  }

  /**
   * Parses a code such as {@code "105"}, {@code "342"} or {@code "D106"} ({@code "d106"} is the same
   * code). No whitespace or other characters are tolerated.
   *
   * @throws IllegalArgumentException if {@code text} is not of one of the shapes above; the message
   *     quotes the text
   */
  public static AllianceCode parse(String text) {
    requireNonNull(text, "text");
    if (text.length() == 3 && text.charAt(0) >= '1' && text.charAt(0) <= '3' && digits(text, 1)) {
      int number = Integer.parseInt(text.substring(1));
      if (number == 0) {
        throw new IllegalArgumentException(
            "alliance code must be 1NN, 2NN, 3NN or DNNN with NN from 01: '" + text + "'");
      }
      Batch batch = Batch.values()[text.charAt(0) - '1'];
      return new AllianceCode(batch, number);
    }
    if (text.length() == 4 && (text.charAt(0) == 'D' || text.charAt(0) == 'd') && digits(text, 1)) {
      int number = Integer.parseInt(text.substring(1));
      if (number == 0) {
        throw new IllegalArgumentException(
            "alliance code must be 1NN, 2NN, 3NN or DNNN with NNN from 001: '" + text + "'");
      }
      return new AllianceCode(Batch.NETWORK, number);
    }
    throw new IllegalArgumentException(
        "alliance code must be 1NN, 2NN, 3NN or DNNN: '" + text + "'");
  }

  /** Whether {@code text} is a well-formed code, that is, whether {@link #parse} would accept it. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean digits(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The batch this code belongs to. */
  public Batch batch() {
    return batch;
  }

  /**
   * The number after the batch character: the position in the approval document for pilots
   * ({@code 5} for {@code 105}), the three digits for network members ({@code 106} for {@code D106}).
   */
  public int number() {
    return number;
  }

  /** The number of distinct values {@link #index()} can take. */
  static final int INDEX_LIMIT = 4000;

  /**
   * A dense number from 0 to {@link #INDEX_LIMIT} − 1 that orders codes as {@link #compareTo}
   * does. {@code 101 → 1}, {@code 342 → 1042}, {@code D106 → 3106}.
   */
  int index() {
    return batch.ordinal() * 1000 + number;
  }

  /** Orders by batch (first, second, third, network), then by number. */
  @Override
  public int compareTo(AllianceCode other) {
    int byBatch = batch.compareTo(other.batch);
    return byBatch != 0 ? byBatch : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AllianceCode
        && ((AllianceCode) o).batch == batch
        && ((AllianceCode) o).number == number;
  }

  @Override
  public int hashCode() {
    return batch.ordinal() * 1009 + number;
  }

  /** The canonical code: {@code "105"}, {@code "D106"}. */
  @Override
  public String toString() {
    return batch == Batch.NETWORK
        ? String.format("D%03d", number)
        : String.valueOf(batch.codePrefix()) + String.format("%02d", number);
  }
}
