package io.allianceeval.examples.report;

/** One section of the report, laid out into a {@link Document} from figures computed before. */
@FunctionalInterface
interface Section {

  /** Appends the section's blocks to {@code doc}. */
  void compose(Document doc);
}
