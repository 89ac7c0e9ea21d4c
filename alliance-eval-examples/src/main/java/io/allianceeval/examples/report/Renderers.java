package io.allianceeval.examples.report;

import com.google.common.base.Strings;
import com.google.common.html.HtmlEscapers;
import java.util.List;

/** Lays out a {@link Document} as text, Markdown or HTML. */
public final class Renderers {

  private Renderers() {}

  /** Plain text: headings underlined, tables aligned by display width (CJK counts two). */
  public static String text(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Document.Block b : doc.blocks()) {
      if (b instanceof Document.Heading h) {
        sb.append(h.text()).append('\n');
        sb.append(Strings.repeat(h.level() == 1 ? "=" : "-", Math.max(4, width(h.text()))))
            .append("\n\n");
      } else if (b instanceof Document.Paragraph p) {
        sb.append(p.text()).append("\n\n");
      } else if (b instanceof Document.Table t) {
        int[] widths = new int[t.header().size()];
        for (int i = 0; i < widths.length; i++) {
          widths[i] = width(t.header().get(i));
          for (List<String> row : t.rows()) {
            widths[i] = Math.max(widths[i], width(row.get(i)));
          }
        }
        appendRow(sb, t.header(), widths, t.columns());
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
          rule.append(i == 0 ? "" : "  ").append(Strings.repeat("-", widths[i]));
        }
        sb.append(rule).append('\n');
        for (List<String> row : t.rows()) {
          appendRow(sb, row, widths, t.columns());
        }
        sb.append('\n');
      } else if (b instanceof Document.Chart chart) {
        sb.append("[").append(chart.caption()).append("]\n\n");
      }
    }
    return sb.toString().stripTrailing() + "\n";
  }

  private static void appendRow(StringBuilder sb, List<String> cells, int[] widths,
      List<Document.Column> columns) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = Strings.repeat(" ", widths[i] - width(c));
      line.append(i == 0 ? "" : "  ").append(columns.get(i).isNumber() ? pad + c : c + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  /** Display width: East Asian wide and full-width characters count two columns. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** Markdown: ATX headings and pipe tables; a {@code |} in a cell is escaped. */
  public static String markdown(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Document.Block b : doc.blocks()) {
      if (b instanceof Document.Heading h) {
        sb.append(Strings.repeat("#", h.level())).append(' ').append(md(h.text())).append("\n\n");
      } else if (b instanceof Document.Paragraph p) {
        sb.append(md(p.text())).append("\n\n");
      } else if (b instanceof Document.Table t) {
        sb.append("| ").append(String.join(" | ", t.header().stream().map(Renderers::cell)
            .toList())).append(" |\n|");
        for (int i = 0; i < t.header().size(); i++) {
          sb.append(t.columns().get(i).isNumber() ? " ---: |" : " --- |");
        }
        sb.append('\n');
        for (List<String> row : t.rows()) {
          sb.append("| ").append(String.join(" | ", row.stream().map(Renderers::cell).toList()))
              .append(" |\n");
        }
        sb.append('\n');
      } else if (b instanceof Document.Chart chart) {
        sb.append("*").append(md(chart.caption())).append("*\n\n");
      }
    }
    return sb.toString().stripTrailing() + "\n";
  }

  private static String cell(String s) {
    return md(s).replace("|", "\\|");
  }

  private static String md(String s) {
    // escape characters that would start Markdown or HTML constructs
    return s.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[");
  }

  /**
   * One self-contained HTML page: inline CSS, images as data URIs, no scripts, no external
   * resources. Every text is HTML-escaped.
   */
  public static String html(Document doc, String lang, String title) {
    var esc = HtmlEscapers.htmlEscaper();
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(esc.escape(lang)).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc.escape(title)).append("</title>\n")
        .append("<style>\n")
        .append("body{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',"
            + "'PingFang SC','WenQuanYi Micro Hei',SimHei,sans-serif;")
        .append("max-width:68em;margin:2em auto;padding:0 1em;line-height:1.6;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0}\n")
        .append("th,td{border:1px solid #ccc;padding:.25em .6em}th{background:#f3f3f3}\n")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
        .append("figure{display:inline-block;margin:1em;vertical-align:top}")
        .append("figcaption{text-align:center}figure svg{max-width:100%;height:auto}\n")
        .append("@page{size:A4;margin:18mm}\n")
        .append("@media print{body{max-width:none;margin:0}figure,table{break-inside:avoid}")
        .append("h2{break-after:avoid}}\n")
        .append("</style>\n</head>\n<body>\n");
    int charts = 0;
    for (Document.Block b : doc.blocks()) {
      if (b instanceof Document.Heading h) {
        int level = Math.min(6, h.level());
        sb.append("<h").append(level).append('>').append(esc.escape(h.text()))
            .append("</h").append(level).append(">\n");
      } else if (b instanceof Document.Paragraph p) {
        sb.append("<p>").append(esc.escape(p.text())).append("</p>\n");
      } else if (b instanceof Document.Table t) {
        sb.append("<table>\n<thead><tr>");
        for (String h : t.header()) {
          sb.append("<th>").append(esc.escape(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
          sb.append("<tr>");
          for (int i = 0; i < row.size(); i++) {
            sb.append(t.columns().get(i).isNumber() ? "<td class=\"n\">" : "<td>").append(esc.escape(row.get(i)))
                .append("</td>");
          }
          sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
      } else if (b instanceof Document.Chart chart) {
        // the SVG is drawn by the library, its text escaped by JFreeSVG: inline, not re-escaped
        sb.append("<figure>").append(SvgCharts.svg(chart.spec(), ++charts)).append("<figcaption>")
            .append(esc.escape(chart.caption())).append("</figcaption></figure>\n");
      }
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }
}
