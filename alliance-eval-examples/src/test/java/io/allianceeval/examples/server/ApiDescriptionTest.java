package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's description cannot drift: {@code /api/v1/openapi.json} describes exactly the endpoints
 * the server has, and the authorisation table asks every one of them.
 */
class ApiDescriptionTest {

  @TempDir Path dir;

  @Test
  void openapiJson_describesExactlyTheEndpoints_andTheAuthorisationTableAsksEachOne()
      throws Exception {
    try (TestServer server = TestServer.sqlite(dir)) {
      Set<String> endpoints = new TreeSet<>(server.server.apiEndpoints());
      assertTrue(endpoints.size() >= 25, endpoints.toString());
      ApiClient anon = server.client();
      ApiClient.Response r = anon.get("/api/v1/openapi.json");
      assertEquals(200, r.status());
      JsonObject doc = r.json();
      assertEquals("3.1.0", doc.get("openapi").getAsString());
      Set<String> described = new TreeSet<>();
      for (String path : doc.getAsJsonObject("paths").keySet()) {
        for (String method : doc.getAsJsonObject("paths").getAsJsonObject(path).keySet()) {
          described.add(method.toUpperCase(Locale.ROOT) + " " + path);
        }
      }
      assertEquals(endpoints, described);
      Set<String> asked = new TreeSet<>();
      for (String line : AuthorisationContract.EXPECTED.split("\n")) {
        String route = line.substring(0, line.indexOf("  ")).strip();
        asked.add(route.replace("{a}", "/api/v1/years/{year}/alliances/{code}")
            .replace("{y}", "{year}").replace("{u}", "{username}").replaceAll("\\?.*", ""));
      }
      for (String line : ReviewAuthorisationContract.EXPECTED_REVIEW.split("\n")) {
        String route = line.substring(0, line.indexOf("  ")).strip();
        asked.add(route.replace("{r}", "{y}/rounds/{n}").replace("{y}", "/api/v1/years/{year}"));
      }
      for (String line : OutcomeFlowContract.EXPECTED_OUTCOME.split("\n")) {
        String route = line.substring(0, line.indexOf("  ")).strip();
        asked.add(route.replace("{y}", "/api/v1/years/{year}"));
      }
      assertEquals(endpoints, asked);
    }
  }

  @Test
  void thePagesTable_asksEveryPage() throws Exception {
    try (TestServer server = TestServer.sqlite(dir)) {
      Set<String> pages = new TreeSet<>(server.server.pageEndpoints());
      Set<String> asked = new TreeSet<>();
      for (String line : AuthorisationContract.EXPECTED_PAGES.split("\n")) {
        asked.add(line.substring(0, line.indexOf("  ")).strip()
            .replace("{p}", "/years/{year}/alliances/{code}").replace("{y}", "{year}")
            .replace("{u}", "{username}"));
      }
      for (String line : OutcomeFlowContract.EXPECTED_REVIEW_PAGES.split("\n")) {
        asked.add(line.substring(0, line.indexOf(" 302 ")).strip().replace("{y}", "{year}"));
      }
      assertEquals(pages, asked);
    }
  }

  @Test
  void everyDescribedOperation_saysWhoMay() throws Exception {
    try (TestServer server = TestServer.sqlite(dir)) {
      JsonObject paths = server.client().get("/api/v1/openapi.json").json()
          .getAsJsonObject("paths");
      List<String> silent = new ArrayList<>();
      for (String path : paths.keySet()) {
        for (String method : paths.getAsJsonObject(path).keySet()) {
          String d = paths.getAsJsonObject(path).getAsJsonObject(method).get("description")
              .getAsString();
          if (!d.startsWith("Who may: ")) {
            silent.add(method + " " + path);
          }
        }
      }
      assertEquals(List.of(), silent);
    }
  }
}
