package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

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

  /**
   * A column of a table: its title and what kind of values it holds.
   *
   * @param title the header cell
   * @param kind text (aligned left) or numbers (aligned right, tabular figures)
   */
  public record Column(String title, Kind kind) {

    /** What a column holds. */
    public enum Kind {
      /** Words: names, codes, rules. */
      TEXT,
      /** Numbers: counts, points, percentages, ranks. */
      NUMBER
    }

    /** Checks the parts. */
    public Column {
      requireNonNull(title, "title");
      requireNonNull(kind, "kind");
    }

    /** A column of words. */
    public static Column text(String title) {
      return new Column(title, Kind.TEXT);
    }

    /** A column of numbers. */
    public static Column number(String title) {
      return new Column(title, Kind.NUMBER);
    }

    /** Whether the column holds numbers. */
    public boolean isNumber() {
      return kind == Kind.NUMBER;
    }
  }

  /**
   * A table: its columns by name and kind, and rows of exactly as many cells.
   *
   * @param columns the columns, in order
   * @param rows the rows, each with one cell a column
   */
  public record Table(List<Column> columns, List<List<String>> rows) implements Block {

    /**
     * Copies the parts.
     *
     * @throws IllegalArgumentException if a row has another number of cells than there are columns
     */
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of "
              + columns.size() + " columns: " + row);
        }
      }
    }

    /** The header row: the columns' titles. */
    public List<String> header() {
      return columns.stream().map(Column::title).toList();
    }
  }

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

  Document table(List<Column> columns, List<List<String>> rows) {
    blocks.add(new Table(columns, rows));
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
