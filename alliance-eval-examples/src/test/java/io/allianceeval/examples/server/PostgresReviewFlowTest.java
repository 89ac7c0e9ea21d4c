package io.allianceeval.examples.server;

import io.allianceeval.examples.testing.PostgresCluster;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The expert review's HTTP suite on a real PostgreSQL server (a throwaway cluster). */
class PostgresReviewFlowTest extends OutcomeFlowContract {

  @RegisterExtension
  static final PostgresCluster POSTGRES = new PostgresCluster();

  @Override
  TestServer newServer(Path dir) throws Exception {
    return TestServer.postgres(POSTGRES.newDatabase());
  }
}
