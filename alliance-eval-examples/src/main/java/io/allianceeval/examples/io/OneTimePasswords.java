package io.allianceeval.examples.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The workbook of one-time passwords the office hands out after creating the secretariats' or the
 * experts' accounts: one row per account (code or expert id, name, username, password), in Chinese
 * headers.
 */
public final class OneTimePasswords {

  /** One account's row. */
  public record Row(String code, String name, String username, String password) {}

  private OneTimePasswords() {}

  /** The .xlsx workbook of the secretariats' {@code rows} (code, alliance), in the order given. */
  public static byte[] workbook(List<Row> rows) {
    return workbook(List.of("编号", "联盟名称"), rows);
  }

  /** The .xlsx workbook of the experts' {@code rows} (expert id, name), in the order given. */
  public static byte[] experts(List<Row> rows) {
    return workbook(List.of("专家编号", "姓名"), rows);
  }

  private static byte[] workbook(List<String> first, List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      cells.add(List.of(r.code(), r.name(), r.username(), r.password()));
    }
    return new io.allianceeval.examples.report.SheetsWriter()
        .sheet("一次性密码", List.of(first.get(0), first.get(1), "用户名", "一次性密码(首次登录须修改)"),
            cells)
        .bytes();
  }
}
