package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import io.allianceeval.examples.app.Accounts;
import io.allianceeval.examples.app.Passwords;
import io.allianceeval.examples.db.YearStore;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --tls-keystore}: HTTPS with the keystore's certificate, and Secure cookies. */
class TlsTest {

  @TempDir Path dir;

  @Test
  void withAKeystore_theServerSpeaksHttps_andItsCookiesAreSecure() throws Exception {
    Path keystore = dir.resolve("server.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin",
        "keytool").toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname",
        "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
        "-storepass", "keystore-password", "-keypass", "keystore-password")
        .redirectErrorStream(true).start();
    assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0,
        new String(keytool.getInputStream().readAllBytes()));
    try (YearStore store = YearStore.open(dir.resolve("tls.db"))) {
      new Accounts(store, new Passwords(), Clock.systemUTC())
          .bootstrap(Optional.of("office-password-1"));
      WebServer server = WebServer.start(store, new ServerOptions("127.0.0.1", 0,
          Optional.of(keystore), Optional.of("keystore-password"), true, Duration.ofMinutes(30),
          Clock.systemUTC(), Ticker.systemTicker()));
      try {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
          trusted.load(in, "keystore-password".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(
            TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
        String base = "https://127.0.0.1:" + server.port();
        HttpResponse<String> description = client.send(HttpRequest.newBuilder(URI.create(base
            + "/api/v1/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, description.statusCode());
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base
            + "/api/v1/login")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"office\","
                + "\"password\":\"office-password-1\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("; Secure") && cookie.contains("HttpOnly"), cookie);
      } finally {
        server.close();
      }
    }
  }
}
