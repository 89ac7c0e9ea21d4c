package io.allianceeval.examples.io;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorSystem;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Column names as the office writes them, in English or Chinese, mapped to the names the readers
 * use: {@code 序号}/{@code 排名} → {@code rank}, {@code 编号}/{@code 代码}/{@code 批次}/{@code 批次*} →
 * {@code code} (附件 2 heads its code column 批次*), {@code 联盟名称}/{@code 名称} → {@code name},
 * {@code 评分}/{@code 分值}/{@code 得分} → {@code score}, {@code 等级}/{@code 活跃度} → {@code tier}, and
 * each standard indicator's Chinese name (SPEC §2, {@code 秘书处工作会议}) → its fact's column name
 * ({@code secretariat_meetings}); for an activity log, {@code 日期} → {@code date}, {@code 类型} →
 * {@code kind}, {@code 标题} → {@code title}, {@code 佐证} → {@code evidence}, {@code 数值} → {@code
 * value}. Names are compared after Unicode NFKC, without white space, a
 * trailing {@code *} and case.
 */
public final class Headers {

  private static final Map<String, String> ALIASES = aliases();

  private Headers() {}

  private static Map<String, String> aliases() {
    Map<String, String> map = new HashMap<>();
    for (String rank : new String[] {"序号", "排名"}) {
      map.put(rank, "rank");
    }
    for (String code : new String[] {"编号", "代码", "批次", "联盟编号", "联盟代码"}) {
      map.put(code, "code");
    }
    for (String name : new String[] {"联盟名称", "名称"}) {
      map.put(name, "name");
    }
    for (String score : new String[] {"评分", "分值", "得分", "总分"}) {
      map.put(score, "score");
    }
    for (String tier : new String[] {"等级", "活跃度", "活跃度等级"}) {
      map.put(tier, "tier");
    }
    String[][] log = {
        {"date", "日期", "活动日期"},
        {"kind", "类型", "种类", "活动类型", "信息类型"},
        {"title", "标题", "事项", "活动名称", "内容"},
        {"evidence", "佐证", "佐证材料", "证明材料", "链接"},
        {"value", "数值", "值"}};
    for (String[] names : log) {
      for (int i = 1; i < names.length; i++) {
        map.put(names[i], names[0]);
      }
    }
    IndicatorSystem standard = IndicatorSystem.standard2019();
    for (Indicator i : standard.indicators()) {
      Set<Fact> facts = new LinkedHashSet<>(standard.policy(i.id()).requiredFacts());
      facts.addAll(standard.policy(i.id()).optionalFacts());
      if (facts.size() == 1) {
        map.put(key(i.chineseName()), facts.iterator().next().name());
      }
    }
    return Map.copyOf(map);
  }

  private static String key(String raw) {
    String k = Alliance.normalizeName(raw).toLowerCase(Locale.ROOT);
    while (k.endsWith("*")) {
      k = k.substring(0, k.length() - 1);
    }
    return k;
  }

  private static final java.util.regex.Pattern COLUMN_IN_PARENTHESES =
      java.util.regex.Pattern.compile(".*\\(([a-z][a-z0-9]*(?:_[a-z0-9]+)*)\\)");

  /**
   * The name a reader uses for the header cell {@code raw}: {@code 批次*} → {@code code}; a header
   * that ends with a column name in parentheses, as the records template writes them
   * ({@code 秘书处工作会议 (secretariat_meetings)}), is that column.
   */
  public static String canonical(String raw) {
    String k = key(raw);
    java.util.regex.Matcher m = COLUMN_IN_PARENTHESES.matcher(k);
    if (m.matches()) {
      return m.group(1);
    }
    return ALIASES.getOrDefault(k, k);
  }
}
