package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** What the command-line tests share: an activity log, and reading a JSON report. */
final class CliFixtures {

  private CliFixtures() {}

  /** The header of an activity log. */
  static final String HEADER = "code,name,date,kind,title,evidence,value\n";
  /**
   * A small log: 342 with meetings (one a duplicate), a council of the year before, staff and a
   * website update; 105 with a standard; 110 with a standard of 2018 only (ineligible in 2019).
   */
  static final String LOG = HEADER
      + "342,高粱产业技术创新战略联盟,2019-02-11,secretariat_meetings,第一次秘书处工作会议,,\n"
      + "342,高粱产业技术创新战略联盟,2019-06-03,secretariat_meetings,第二次秘书处工作会议,http://a,\n"
      + "342,高粱产业技术创新战略联盟,2019-11-20,secretariat_meetings,第三次秘书处工作会议,,\n"
      + "342,高粱产业技术创新战略联盟,2019-11-20,secretariat_meetings, 第三次秘书处工作会议 ,,\n"
      + "342,高粱产业技术创新战略联盟,2018-12-20,council_meetings,上年理事会,,\n"
      + "342,高粱产业技术创新战略联盟,2019-03-01,secretariat_full_time_staff,专职人员,,2\n"
      + "342,高粱产业技术创新战略联盟,2019-08-15,website_update,网站改版,,\n"
      + "105,TD 产业技术创新战略联盟,2019-05-05,standards,标准一,,\n"
      + "110,半导体照明产业技术创新战略联盟,2018-05-06,standards,旧标准,,\n";

  /** The JSON a run printed, which must have succeeded. */
  static JsonObject json(CliRun run) {
    assertEquals(0, run.exitCode(), run.err());
    return JsonParser.parseString(run.out()).getAsJsonObject();
  }

  /** The alliance {@code code} of a JSON report's {@code alliances}. */
  static JsonObject alliance(JsonObject json, String code) {
    for (var e : json.getAsJsonArray("alliances")) {
      if (e.getAsJsonObject().get("code").getAsString().equals(code)) {
        return e.getAsJsonObject();
      }
    }
    throw new AssertionError("no alliance " + code);
  }
}
