package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A user of the API in a test: its own cookies (the session), the CSRF token of its last login,
 * and requests that answer status, headers and body.
 */
final class ApiClient {

  /** An answer. */
  record Response(int status, byte[] bytes, java.net.http.HttpHeaders headers) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonObject json() {
      return JsonParser.parseString(text()).getAsJsonObject();
    }

    JsonArray array() {
      return JsonParser.parseString(text()).getAsJsonArray();
    }

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    @Override
    public String toString() {
      return status + " " + (text().length() > 500 ? text().substring(0, 500) : text());
    }
  }

  private static final Gson GSON = new Gson();

  final String base;
  final CookieManager cookies = new CookieManager();
  final HttpClient http;
  String csrf = "";
  String lang = "zh";

  ApiClient(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in; the answer's CSRF token is sent from now on. */
  Response login(String username, String password) {
    Response r = post("/api/v1/login", Map.of("username", username, "password", password));
    if (r.status() == 200) {
      csrf = r.json().get("csrfToken").getAsString();
    }
    return r;
  }

  /** Logs in and changes the one-time password to {@code newPassword}. */
  void loginAndChange(String username, String oneTime, String newPassword) {
    Response r = login(username, oneTime);
    assertEquals(200, r.status(), r.toString());
    Response c = post("/api/v1/password", Map.of("currentPassword", oneTime, "newPassword",
        newPassword));
    assertEquals(200, c.status(), c.toString());
    csrf = c.json().get("csrfToken").getAsString();
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  Response post(String path, Object body) {
    return send(json(HttpRequest.newBuilder(uri(path)), body, "POST"));
  }

  Response post(String path) {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** A form posted as a browser posts it; answers the status (redirects are not followed). */
  int form(String path, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(java.net.URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(java.net.URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
    }
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))).status();
  }

  Response put(String path, Object body) {
    return send(json(HttpRequest.newBuilder(uri(path)), body, "PUT"));
  }

  Response delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE());
  }

  /** A multipart upload of one file in {@code field}, with {@code fields} beside it. */
  Response upload(String path, String field, String filename, byte[] bytes,
      Map<String, String> fields) {
    String boundary = "----alliance-eval-test-boundary";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (Map.Entry<String, String> f : fields.entrySet()) {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
            + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
          + "\"; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
      out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }

  Response send(HttpRequest.Builder b) {
    if (!csrf.isEmpty()) {
      b.header("X-CSRF-Token", csrf);
    }
    b.header("Accept-Language", lang);
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static HttpRequest.Builder json(HttpRequest.Builder b, Object body, String method) {
    String text = body instanceof JsonElement e ? e.toString() : GSON.toJson(body);
    return b.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(text));
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }
}
