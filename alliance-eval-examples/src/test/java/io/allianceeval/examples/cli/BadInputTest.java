package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the command line: each case ends with exit code 2, a message on standard error that
 * names what was expected, what was found and where, and no output file.
 */
class BadInputTest {

  @TempDir Path dir;

  private static final String RECORDS_HEADER = "code,name,council_meetings,"
      + "expert_committee_meetings,member_assemblies,secretariat_meetings,"
      + "website_months_since_update,secretariat_full_time_staff,self_initiated_projects,"
      + "government_projects,commissioned_projects,ip_sharing_activities,standards,"
      + "joint_rd_platforms,academic_exchanges,trend_studies,cross_alliance_cooperations,"
      + "innovation_chain_actions,core_technologies,promotion_services,talent_programs,"
      + "media_reports\n";
  private static final String GOOD_FACTS = "1,1,1,4,,2,3,2,2,1,2,1,3,1,1,1,2,3,2,5";

  /** command, file content (null: the file does not exist), extra args, expected message parts. */
  static Stream<Arguments> cases() {
    return Stream.of(
        scores("unbalanced quote", "code,name,score,tier\n105,\"TD,100,HIGH\n",
            "malformed CSV", "EOF"),
        scores("short row", "code,name,score,tier\n105,TD,100\n",
            "line 2: expected 4 fields as in the header, found 3"),
        scores("missing column", "code,score,tier\n105,100,HIGH\n",
            "line 1: header lacks the column name"),
        scores("no score or tier column", "code,name,rank\n105,TD,1\n",
            "header needs a score column, a tier column or both"),
        scores("empty file", "", "is empty; expected a header row"),
        scores("blank file", "\n\n", "is empty"),
        scores("header only", "code,name,score,tier\n", "has a header but no data rows"),
        scores("duplicated header", "code,name,score,score\n105,TD,1,2\n", "line 1: bad header"),
        scores("duplicate code", "code,name,score\n105,TD,100\n105,TD again,99\n",
            "line 2, field code: alliance 105: 2 results, expected one (lines 2, 3)",
            "line 3, field code"),
        scores("code of wrong shape", "code,name,score\n4O1,X,90\n",
            "line 2, field code: alliance code must be 1NN, 2NN, 3NN or DNNN: '4O1'"),
        scores("score above 100", "code,name,score\n105,TD,100.5\n",
            "line 2, field score: alliance 105: score must be from 0 to 100: 100.5"),
        scores("negative score", "code,name,score\n105,TD,-1\n",
            "field score: alliance 105: score must be from 0 to 100: -1"),
        scores("NaN score", "code,name,score\n105,TD,NaN\n",
            "line 2, field score: expected a number of points such as 5 or 2.5: 'NaN'"),
        scores("score in Chinese numerals", "code,name,score\n105,TD,九十\n",
            "field score: expected a number of points such as 5 or 2.5: '九十'"),
        scores("tier and score in conflict", "code,name,score,tier\n342,高粱,80,HIGH\n",
            "line 2, field tier: alliance 342: tier HIGH disagrees with score 80, which is "
                + "FAIRLY_HIGH 70-84"),
        scores("unknown tier word", "code,name,score,tier\n105,TD,,很活跃\n",
            "line 2, field tier: tier must be HIGH, FAIRLY_HIGH, AVERAGE, INACTIVE"),
        scores("neither score nor tier", "code,name,score,tier\n105,TD,,\n",
            "line 2: a row needs a score, a tier or both; both are blank"),
        scores("blank name", "code,name,score\n105, ,90\n", "field name: name must not be blank"),
        scores("year column out of range", "year,code,name,score\n219,105,TD,90\n",
            "field year: year must be from 2000 to 2100: 219"),
        Arguments.of("not UTF-8", "report", new byte[] {'c', 'o', 'd', 'e', ',', 'n', 'a', 'm',
                'e', ',', 's', 'c', 'o', 'r', 'e', '\n', '1', '0', '5', ',', (byte) 0xB8,
                (byte) 0xDF, ',', '9', '0', '\n'}, List.of(),
            List.of("line 2: is not UTF-8 text: invalid byte 0xB8")),
        scores("no such file", null, "no such file"),
        Arguments.of("population smaller than a batch", "report",
            "code,name,score\n105,A,90\n106,B,80\n".getBytes(StandardCharsets.UTF_8),
            List.of("--population", "FIRST=1,SECOND=0,THIRD=0,NETWORK=0"),
            List.of("FIRST batch: 2 alliances have a result, but the population counts only 1")),
        Arguments.of("population missing a batch", "report",
            "code,name,score\n105,A,90\n".getBytes(StandardCharsets.UTF_8),
            List.of("--population", "FIRST=52,SECOND=39,THIRD=55"),
            List.of("Invalid value for option '--population': NETWORK: missing; give all four batches")),
        Arguments.of("population negative", "report",
            "code,name,score\n105,A,90\n".getBytes(StandardCharsets.UTF_8),
            List.of("--population", "FIRST=-1,SECOND=39,THIRD=55,NETWORK=11"),
            List.of("FIRST: count must not be negative: -1")),
        Arguments.of("year out of range", "report",
            "code,name,score\n105,A,90\n".getBytes(StandardCharsets.UTF_8),
            List.of("--year", "20199"), List.of("--year: expected a year from 2000 to 2100, found 20199")),
        records("negative fact", "105,TD," + GOOD_FACTS.replaceFirst("^1", "-1"),
            "line 2, field council_meetings: expected a non-negative whole number or a blank "
                + "(missing), found '-1'"),
        records("fractional fact", "105,TD," + GOOD_FACTS.replaceFirst("^1", "2.5"),
            "field council_meetings: expected a non-negative whole number or a blank "
                + "(missing), found '2.5'"),
        records("records duplicate code", "105,TD," + GOOD_FACTS + "\n105,TD," + GOOD_FACTS,
            "line 2, field code: alliance 105: 2 records, expected one (lines 2, 3)"),
        Arguments.of("records missing a fact column", "score",
            "code,name,council_meetings\n105,TD,1\n".getBytes(StandardCharsets.UTF_8), List.of(),
            List.of("line 1: header lacks the columns expert_committee_meetings")));
  }

  /** A case with several files: {@code files} alternates name and content; {@code {dir}} in args. */
  private static Arguments files(String name, List<String> files, List<String> args,
      String... expected) {
    return Arguments.of(name, "files", null, List.of(String.join("\u0000", files),
        String.join("\u0000", args)), List.of(expected));
  }

  private static final String EXPERTS = "id,name,group,affiliations\nE01,甲,A,342\nE02,乙,A,\n"
      + "E03,丙,B,\nE04,丁,B,\n";
  private static final String SCORES = "round,expert,code,indicator,points\n1,E01,105,,88\n"
      + "1,E02,105,,89\n2,E03,105,,86\n2,E04,105,,85\n";
  private static final String NAMES = "code,name\n105,TD 产业技术创新战略联盟\n342,高粱\n";

  static Stream<Arguments> moreCases() {
    String rv = "review --experts {dir}/experts.csv --scores {dir}/scores.csv --alliances "
        + "{dir}/names.csv";
    return Stream.of(
        files("roster lacks an evaluated alliance", List.of("s.csv", "code,name,score\n105,A,90\n"
            + "110,B,80\n", "roster.csv", "code,name\n105,A\n"),
            List.of("report --scores {dir}/s.csv --roster {dir}/roster.csv".split(" ")),
            "line 3, field code: alliance 110: not on the roster"),
        files("roster with a duplicated code", List.of("s.csv", "code,name,score\n105,A,90\n",
            "roster.csv", "code,name\n105,A\n105,A again\n"),
            List.of("report --scores {dir}/s.csv --roster {dir}/roster.csv".split(" ")),
            "roster.csv line 2, field code: alliance 105: on the roster 2 times"),
        files("roster with a bad code", List.of("s.csv", "code,name,score\n105,A,90\n",
            "roster.csv", "code,name\n1O5,A\n"),
            List.of("report --scores {dir}/s.csv --roster {dir}/roster.csv".split(" ")),
            "roster.csv line 2, field code: alliance code must be 1NN, 2NN, 3NN or DNNN: '1O5'"),
        files("records of another year", List.of("r.csv", RECORDS_HEADER.replace("code,", "year,code,")
            + "2018,105,TD," + GOOD_FACTS + "\n"),
            List.of("score --records {dir}/r.csv".split(" ")),
            "line 2, field year: alliance 105: record is for 2018, expected 2019"),
        files("unknown format word", List.of(), List.of("report --format pdf".split(" ")),
            "expected one of text, markdown, json, html, xlsx, docx, found 'pdf'"),
        files("unknown language", List.of(), List.of("report --lang fr".split(" ")),
            "expected one of zh, en, found 'fr'"),
        files("unknown rounding", List.of(), List.of("report --rounding banker".split(" ")),
            "expected one of half-up, largest-remainder, found 'banker'"),
        files("awards history without a year column", List.of("h.csv",
            "code,name,tier\n105,TD,HIGH\n"), List.of("awards --history {dir}/h.csv".split(" ")),
            "h.csv line 1: header lacks the column year"),
        files("awards year given by two files", List.of("a.csv",
            "year,code,name,tier\n2019,105,TD,HIGH\n", "b.csv",
            "year,code,name,tier\n2019,110,X,HIGH\n"),
            List.of("awards --history {dir}/a.csv --history {dir}/b.csv".split(" ")),
            "year 2019 is given again"),
        files("awards year the history cannot decide", List.of("a.csv",
            "year,code,name,tier\n2019,105,TD,HIGH\n"),
            List.of("awards --history {dir}/a.csv".split(" ")), "the history lacks [2017, 2018]"),
        files("awards years below 1", List.of(), List.of("awards --years 0".split(" ")),
            "--years: expected at least 1, found 0"),
        files("awards unknown tier word", List.of(), List.of("awards --tier SUPER".split(" ")),
            "SUPER"),
        files("review expert scores an affiliated alliance", List.of("experts.csv", EXPERTS,
            "scores.csv", SCORES + "1,E01,342,,80\n2,E03,342,,80\n", "names.csv", NAMES),
            List.of(rv.split(" ")), "scores.csv line 6, field expert: round 1: expert E01 甲 is "
                + "affiliated with alliance 342 高粱 and must not score it"),
        files("review expert scores an unassigned alliance", List.of("experts.csv", EXPERTS,
            "scores.csv", SCORES + "1,E03,105,,80\n", "names.csv", NAMES),
            List.of(rv.split(" ")), "line 6, field expert: round 1: expert E03 丙 of group B "
                + "scored alliance 105, which group A scores in this round"),
        files("review round 3", List.of("experts.csv", EXPERTS, "scores.csv",
            SCORES + "3,E03,105,,80\n", "names.csv", NAMES), List.of(rv.split(" ")),
            "line 6, field round: round must be 1 or 2: 3"),
        files("review unknown expert", List.of("experts.csv", EXPERTS, "scores.csv",
            SCORES + "1,E99,105,,80\n", "names.csv", NAMES), List.of(rv.split(" ")),
            "line 6, field expert: round 1, alliance 105 TD 产业技术创新战略联盟: no expert 'E99'"),
        files("review points above the maximum", List.of("experts.csv", EXPERTS, "scores.csv",
            SCORES.replace(",,88", ",1.1,6"), "names.csv", NAMES), List.of(rv.split(" ")),
            "line 2, field points", "indicator 1.1: points must be from 0 to 5: 6"),
        files("review decision for an unflagged alliance", List.of("experts.csv", EXPERTS,
            "scores.csv", SCORES, "names.csv", NAMES, "d.csv",
            "code,score,rationale,decidedBy\n105,90,x,y\n"),
            List.of((rv + " --decisions {dir}/d.csv").split(" ")), "d.csv: decision for alliance "
                + "105 TD 产业技术创新战略联盟: it is not flagged"),
        files("review final sheet with an unresolved flag", List.of("experts.csv", EXPERTS,
            "scores.csv", SCORES.replace(",86", ",70").replace(",85", ",70"), "names.csv", NAMES),
            List.of((rv + " --final {dir}/final.csv").split(" ")),
            "--final: the panel cannot be finalised: 1 flagged alliance(s) await collective "
                + "review: 105 (DIFFERENCE"),
        files("review bad affiliation code", List.of("experts.csv",
            EXPERTS.replace("A,342", "A,34"), "scores.csv", SCORES, "names.csv", NAMES),
            List.of(rv.split(" ")), "experts.csv line 2, field affiliations: alliance code "
                + "must be 1NN, 2NN, 3NN or DNNN: '34'"),
        files("review expert in two groups", List.of("experts.csv", EXPERTS + "E01,甲,B,\n",
            "scores.csv", SCORES, "names.csv", NAMES), List.of(rv.split(" ")),
            "expert E01: in group A and in group B"),
        files("review panel of one group", List.of("experts.csv",
            "id,name,group,affiliations\nE01,甲,A,\n", "scores.csv", SCORES, "names.csv", NAMES),
            List.of(rv.split(" ")), "a panel needs at least two groups"),
        files("review unknown aggregation", List.of("experts.csv", EXPERTS, "scores.csv", SCORES,
            "names.csv", NAMES), List.of((rv + " --aggregate mode").split(" ")),
            "Invalid value for option '--aggregate': expected mean, median or trimmed:K with K >= 1, found 'mode'"),
        files("review alliance without a name", List.of("experts.csv", EXPERTS, "scores.csv",
            SCORES, "names.csv", "code,name\n342,高粱\n"), List.of(rv.split(" ")),
            "alliance 105: no name for it"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("moreCases")
  void badInput_inEveryCommand_exits2_withAClearMessage_andWritesNoFile(String name,
      String kind, byte[] unused, List<String> spec, List<String> expected) throws Exception {
    String[] files = spec.get(0).isEmpty() ? new String[0] : spec.get(0).split("\u0000");
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(dir.resolve(files[i]), files[i + 1]);
    }
    Path out = dir.resolve("out.txt");
    List<String> args = new ArrayList<>();
    for (String a : spec.get(1).split("\u0000")) {
      args.add(a.replace("{dir}", dir.toString()));
    }
    args.add("--out");
    args.add(out.toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.exitCode(), run.err() + run.out());
    for (String e : expected) {
      assertTrue(run.err().contains(e), "expected «" + e + "» in:\n" + run.err());
    }
    assertFalse(Files.exists(out), "no output file");
    assertFalse(Files.exists(dir.resolve("final.csv")), "no final sheet");
    try (var list = Files.list(dir)) {
      assertEquals(List.of(), list.filter(p -> p.getFileName().toString().endsWith(".tmp"))
          .toList(), "no temporary file");
    }
    assertEquals("", run.out());
  }

  private static Arguments scores(String name, String content, String... expected) {
    return Arguments.of(name, "report", content == null ? null
        : content.getBytes(StandardCharsets.UTF_8), List.of(), List.of(expected));
  }

  private static Arguments records(String name, String rows, String... expected) {
    return Arguments.of(name, "score", (RECORDS_HEADER + rows + "\n")
        .getBytes(StandardCharsets.UTF_8), List.of(), List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInput_exits2_withAClearMessage_andWritesNoFile(String name, String command,
      byte[] content, List<String> extra, List<String> expected) throws Exception {
    Path input = dir.resolve("input.csv");
    if (content != null) {
      Files.write(input, content);
    }
    Path out = dir.resolve("out.json");
    List<String> args = new ArrayList<>(List.of(command,
        command.equals("report") ? "--scores" : "--records", input.toString(),
        "--format", "json", "--out", out.toString()));
    args.addAll(extra);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.exitCode(), run.err() + run.out());
    for (String e : expected) {
      assertTrue(run.err().contains(e), "expected «" + e + "» in:\n" + run.err());
    }
    if (content != null && !name.startsWith("population") && !name.startsWith("year out")) {
      assertTrue(run.err().contains(input.toString()), "names the file:\n" + run.err());
    }
    assertFalse(Files.exists(out), "no output file");
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(p -> !p.equals(input)).toList(), "no temporary file");
    }
    assertEquals("", run.out());
  }

  @org.junit.jupiter.api.Test
  void manyBadRows_areAllReportedAtOnce() throws Exception {
    Path input = dir.resolve("input.csv");
    Files.writeString(input, "code,name,score,tier\n4O1,X,90,\n105,TD,九十,\n342,高粱,80,HIGH\n"
        + "110,半导体,100,HIGH\n");
    CliRun run = CliRun.of("report", "--scores", input.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("3 problems"), run.err());
    int code = run.err().indexOf("line 2, field code");
    int score = run.err().indexOf("line 3, field score");
    int tier = run.err().indexOf("line 4, field tier: alliance 342: tier HIGH disagrees");
    assertTrue(code > 0 && score > code && tier > score, "all, in line order:\n" + run.err());
  }
}
