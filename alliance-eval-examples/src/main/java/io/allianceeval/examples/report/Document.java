package io.allianceeval.examples.report;

import java.util.ArrayList;
import java.util.List;

/** A report as blocks — headings, paragraphs, tables, images — that each format lays out. */
public final class Document {

  /** One block of a document. */
  public sealed interface Block permits Heading, Paragraph, Table, Chart {}

  /** A heading; level 1 is the title. */
  public record Heading(int level, String text) implements Block {}

  /** A paragraph of running text. */
  public record Paragraph(String text) implements Block {}

  /** A table with a header row; {@code numeric[i]} aligns column i to the right. */
  public record Table(List<String> header, List<List<String>> rows, boolean[] numeric)
      implements Block {}

  /**
   * A chart as data, with a caption: HTML draws it as SVG whose labels are text, Word as a native
   * chart; text and Markdown print the caption.
   */
  public record Chart(String caption, ChartSpec spec) implements Block {}

  private final List<Block> blocks = new ArrayList<>();

  Document heading(int level, String text) {
    blocks.add(new Heading(level, text));
    return this;
  }

  Document paragraph(String text) {
    blocks.add(new Paragraph(text));
    return this;
  }

  Document table(List<String> header, List<List<String>> rows, boolean... numeric) {
    boolean[] n = new boolean[header.size()];
    System.arraycopy(numeric, 0, n, 0, Math.min(numeric.length, n.length));
    blocks.add(new Table(List.copyOf(header), List.copyOf(rows), n));
    return this;
  }

  Document chart(String caption, ChartSpec spec) {
    blocks.add(new Chart(caption, spec));
    return this;
  }

  /** The blocks in order. */
  public List<Block> blocks() {
    return List.copyOf(blocks);
  }
}
