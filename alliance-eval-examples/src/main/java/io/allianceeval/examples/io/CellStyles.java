package io.allianceeval.examples.io;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;

/** Cell styles every workbook of the tool shares. */
public final class CellStyles {

  private CellStyles() {}

  /** A header cell's style: bold, wrapped, for a header row of {@code wb}. */
  public static CellStyle header(org.apache.poi.ss.usermodel.Workbook wb) {
    CellStyle header = wb.createCellStyle();
    org.apache.poi.ss.usermodel.Font bold = wb.createFont();
    bold.setBold(true);
    header.setFont(bold);
    header.setWrapText(true);
    return header;
  }

  /** {@code style} with a thin border on every side: a cell to fill in, or a table's cell. */
  public static CellStyle framed(CellStyle style) {
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }
}
