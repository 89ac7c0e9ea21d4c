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
            "line 2, field score: expected a number such as 85 or 84.5, found 'NaN'"),
        scores("score in Chinese numerals", "code,name,score\n105,TD,九十\n",
            "field score: expected a number such as 85 or 84.5, found '九十'"),
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
            List.of("--population: NETWORK: missing; give all four batches")),
        Arguments.of("population negative", "report",
            "code,name,score\n105,A,90\n".getBytes(StandardCharsets.UTF_8),
            List.of("--population", "FIRST=-1,SECOND=39,THIRD=55,NETWORK=11"),
            List.of("FIRST: count must not be negative: -1")),
        Arguments.of("year out of range", "report",
            "code,name,score\n105,A,90\n".getBytes(StandardCharsets.UTF_8),
            List.of("--year", "20199"), List.of("year must be from 2000 to 2100: 20199")),
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
