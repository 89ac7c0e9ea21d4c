package io.allianceeval.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.allianceeval.awards.AwardResult;
import io.allianceeval.awards.ConsecutiveYearAward;
import io.allianceeval.awards.History;
import io.allianceeval.examples.app.Awards;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.report.Json;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.report.SheetsWriter;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code awards}: the consecutive-year award (A-level) of a year from several years of results. */
@Command(name = "awards", mixinStandardHelpOptions = true,
    description = {
      "The consecutive-year award of a year: awarded, newly awarded and dropped alliances.",
      "With no options: the 2019 A-level (HIGH in each of 2017-2019) from the embedded data: the "
          + "2019 table and a reconstruction of 2016-2018 from the report's statements."
    })
final class AwardsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--history", paramLabel = "FILE",
      description = "A score sheet with a year column (code,name,score,tier,year); repeatable. "
          + "Default: the embedded 2016-2019 data.")
  List<Path> history = new ArrayList<>();

  @Mixin SheetOption xlsxSheet;

  @Mixin YearOption yearOption;

  private int years = 3;

  @Option(names = "--years", paramLabel = "N", defaultValue = "3",
      description = "Consecutive years, at least 1 (default: ${DEFAULT-VALUE}).")
  void years(int value) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(),
          "--years: expected at least 1, found " + value);
    }
    years = value;
  }

  @Option(names = "--tier", paramLabel = "T", defaultValue = "HIGH",
      description = "Tier asked for: HIGH, FAIRLY_HIGH, AVERAGE, INACTIVE (default: ${DEFAULT-VALUE}).")
  Tier tier;

  @Option(names = "--or-better", description = "A better tier also counts.")
  boolean orBetter;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language (default: ${DEFAULT-VALUE}).",
      converter = OutputOptions.LangConverter.class)
  Lang lang;

  @Mixin TextOrJsonOutput output;

  @Override
  public Integer call() throws BadInputException, IOException {
    boolean asJson = output.json();
    ConsecutiveYearAward rule = ConsecutiveYearAward.of(tier, years);
    if (orBetter) {
      rule = rule.orBetter();
    }
    boolean embedded = history.isEmpty();
    History h = Awards.history(history, xlsxSheet.name());
    AwardResult result = Awards.award(h, rule, yearOption.given(), history);
    String note = embedded ? lang.text("awards.note.embedded") : "";
    if (output.xlsx()) {
      output.write(workbook(result));
      return 0;
    }
    String text = asJson ? Json.write(json(result)) : text(result, note);
    output.write(text, spec.commandLine().getOut());
    return 0;
  }

  /**
   * The award as a workbook: the list as the report's 附件 3 prints it (序号, 联盟名称, 批次), the
   * newly awarded, and those that dropped off with the year that broke their run.
   */
  static byte[] workbook(AwardResult r) {
    var w = new SheetsWriter();
    List<List<String>> awarded = new ArrayList<>();
    int n = 1;
    for (Alliance a : r.awarded()) {
      awarded.add(List.of(String.valueOf(n++), a.name(), a.code().toString()));
    }
    w.sheet("附件3 A级联盟", List.of("序号", "联盟名称", "批次"), awarded);
    if (r.comparesWithYearBefore()) {
      List<List<String>> newly = new ArrayList<>();
      r.newlyAwarded().forEach(a -> newly.add(List.of(a.code().toString(), a.name())));
      w.sheet("新增 newly", List.of("code", "name"), newly);
      List<List<String>> dropped = new ArrayList<>();
      r.dropped().forEach(d -> dropped.add(List.of(d.alliance().code().toString(),
          d.alliance().name(), String.valueOf(d.brokenBy().year()),
          d.brokenBy().tier().map(Enum::name).orElse("did not take part"),
          d.brokenBy().score().isPresent()
              ? d.brokenBy().score().get().toString() : "")));
      w.sheet("退出 dropped", List.of("code", "name", "year", "tier", "score"), dropped);
    }
    return w.bytes();
  }

  private static JsonObject alliance(Alliance a) {
    JsonObject o = new JsonObject();
    o.addProperty("code", a.code().toString());
    o.addProperty("name", a.name());
    o.addProperty("batch", a.batch().name());
    return o;
  }

  static JsonObject json(AwardResult r) {
    JsonObject root = new JsonObject();
    root.addProperty("year", r.year());
    JsonObject rule = new JsonObject();
    rule.addProperty("tier", r.rule().tier().name());
    rule.addProperty("years", r.rule().years());
    if (r.rule().acceptsBetter()) {
      rule.addProperty("orBetter", true);
    }
    root.add("rule", rule);
    JsonArray awarded = new JsonArray();
    r.awarded().forEach(a -> awarded.add(alliance(a)));
    root.add("awarded", awarded);
    JsonObject byBatch = new JsonObject();
    r.byBatch().forEach((b, n) -> byBatch.addProperty(b.name(), n));
    root.add("byBatch", byBatch);
    if (r.comparesWithYearBefore()) {
      JsonArray newly = new JsonArray();
      r.newlyAwarded().forEach(a -> newly.add(alliance(a)));
      root.add("newlyAwarded", newly);
      JsonArray dropped = new JsonArray();
      for (AwardResult.Dropped d : r.dropped()) {
        JsonObject o = alliance(d.alliance());
        o.addProperty("year", d.brokenBy().year());
        o.add("tier", d.brokenBy().tier().map(t -> (com.google.gson.JsonElement)
            new com.google.gson.JsonPrimitive(t.name())).orElse(JsonNull.INSTANCE));
        o.add("score", d.brokenBy().score().isPresent()
            ? Json.points(d.brokenBy().score().get()) : JsonNull.INSTANCE);
        dropped.add(o);
      }
      root.add("dropped", dropped);
    } else {
      root.add("newlyAwarded", JsonNull.INSTANCE);
      root.add("dropped", JsonNull.INSTANCE);
    }
    return root;
  }

  private String text(AwardResult r, String note) {
    StringBuilder sb = new StringBuilder();
    int from = r.year() - r.rule().years() + 1;
    String tierName = lang.tier(r.rule().tier()) + (r.rule().acceptsBetter()
        ? lang.text("awards.orBetter") : "");
    sb.append(lang.text("awards.title", r.year(), r.rule().years(), tierName, from)).append('\n');
    var counts = r.byBatch();
    StringBuilder batches = new StringBuilder();
    for (Batch b : Batch.values()) {
      batches.append(b.ordinal() == 0 ? "" : lang.text("sep.item")).append(lang.batchShort(b))
          .append(' ').append(counts.get(b)).append(lang.text("awards.count.suffix"));
    }
    sb.append(lang.text("awards.count", r.awarded().size()))
        .append(batches).append("\n\n");
    for (Alliance a : r.awarded()) {
      sb.append(String.format("  %-5s %s（%s）%n", a.code(), a.name(), lang.batchShort(a.batch())));
    }
    sb.append('\n');
    if (r.comparesWithYearBefore()) {
      sb.append(lang.text("awards.newly", r.year() - 1)).append(r.newlyAwarded().size()).append('\n');
      for (Alliance a : r.newlyAwarded()) {
        sb.append(String.format("  %-5s %s%n", a.code(), a.name()));
      }
      sb.append(lang.text("awards.dropped", r.year() - 1, r.year()))
          .append(r.dropped().size()).append('\n');
      for (AwardResult.Dropped d : r.dropped()) {
        var o = d.brokenBy();
        String why = o.tookPart()
            ? o.year() + lang.text("awards.year.tier") + lang.tier(o.tier().get())
                + (o.score().isPresent() ? lang.text("sep.item")
                    + o.score().get().toString() + lang.text("awards.points.suffix") : "")
            : o.year() + lang.text("awards.absent");
        sb.append(String.format("  %-5s %s — %s%n", d.alliance().code(), d.alliance().name(), why));
      }
    } else {
      sb.append(lang.text("awards.cannotCompare"))
          .append(lang.text("awards.history.lacks", r.year() - r.rule().years())).append('\n');
    }
    if (!note.isEmpty()) {
      sb.append('\n').append(note).append('\n');
    }
    return sb.toString();
  }
}
