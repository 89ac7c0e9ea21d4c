package io.allianceeval.examples.server;

import java.nio.file.Path;

/** The expert review's HTTP suite on an SQLite file. */
class SqliteReviewFlowTest extends OutcomeFlowContract {

  @Override
  TestServer newServer(Path dir) throws Exception {
    return TestServer.sqlite(dir);
  }
}
