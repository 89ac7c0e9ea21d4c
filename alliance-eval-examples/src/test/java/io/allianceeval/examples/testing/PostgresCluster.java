package io.allianceeval.examples.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL cluster for one test class: started before its tests, stopped after
 * them. Register it as {@code @RegisterExtension static final PostgresCluster POSTGRES = new
 * PostgresCluster();} and ask it for {@link #newDatabase()}.
 */
public final class PostgresCluster implements BeforeAllCallback, AfterAllCallback {

  private PostgresServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = PostgresServer.start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  /** The cluster, once started. */
  public PostgresServer server() {
    if (server == null) {
      throw new IllegalStateException("the cluster starts before the class's tests");
    }
    return server;
  }

  /** The JDBC URL of a new, empty database on the cluster. */
  public String newDatabase() throws Exception {
    return server().newDatabase();
  }
}
