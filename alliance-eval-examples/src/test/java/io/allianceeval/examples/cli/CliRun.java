package io.allianceeval.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AllianceEvalCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
