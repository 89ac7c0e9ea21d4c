package io.allianceeval.examples.server;

import io.allianceeval.examples.testing.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The expert review's HTTP suite on a real PostgreSQL server (a throwaway cluster). */
class PostgresReviewFlowTest extends OutcomeFlowContract {

  private static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = PostgresServer.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  TestServer newServer(Path dir) throws Exception {
    return TestServer.postgres(postgres.newDatabase());
  }
}
