package io.allianceeval.examples.server;

import java.nio.file.Path;

/** The evaluation year's HTTP suite on an SQLite file. */
class SqliteYearFlowTest extends AuthorisationContract {

  @Override
  TestServer newServer(Path dir) throws Exception {
    return TestServer.sqlite(dir);
  }
}
