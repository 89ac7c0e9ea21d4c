package io.allianceeval.examples.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = AllianceEvalCommand.class.getPackage().getImplementationVersion();
    return new String[] {"alliance-eval " + (v == null ? "(development build)" : v)};
  }
}
