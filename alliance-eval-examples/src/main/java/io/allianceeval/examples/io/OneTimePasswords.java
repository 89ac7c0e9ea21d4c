package io.allianceeval.examples.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The workbook of one-time passwords the office hands out after creating the secretariats'
 * accounts: one row per alliance (code, name, username, password), in Chinese headers.
 */
public final class OneTimePasswords {

  /** One account's row. */
  public record Row(String code, String name, String username, String password) {}

  private OneTimePasswords() {}

  /** The .xlsx workbook of {@code rows}, in the order given. */
  public static byte[] workbook(List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      cells.add(List.of(r.code(), r.name(), r.username(), r.password()));
    }
    return new io.allianceeval.examples.report.SheetsWriter()
        .sheet("一次性密码", List.of("编号", "联盟名称", "用户名", "一次性密码(首次登录须修改)"), cells)
        .bytes();
  }
}
