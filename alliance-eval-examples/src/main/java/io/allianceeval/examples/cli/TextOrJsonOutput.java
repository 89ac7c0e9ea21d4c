package io.allianceeval.examples.cli;

import io.allianceeval.examples.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --format text|json|xlsx} and {@code --out FILE}, for the commands that print text or JSON
 * or write their tables as a workbook.
 */
final class TextOrJsonOutput {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--format", paramLabel = "text|json|xlsx", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  Path out;

  /**
   * Whether JSON was asked for.
   *
   * @throws IllegalArgumentException for a format other than text or json
   */
  boolean json() {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("text") && !f.equals("json") && !f.equals("xlsx")) {
      throw new ParameterException(mixee.commandLine(), "--format: expected text, json or xlsx, found '" + format
          + "'");
    }
    return f.equals("json");
  }

  /**
   * Whether a workbook was asked for.
   *
   * @throws IllegalArgumentException if it was, without {@code --out}
   */
  boolean xlsx() {
    boolean x = format.toLowerCase(Locale.ROOT).equals("xlsx");
    if (x && out == null) {
      throw new ParameterException(mixee.commandLine(), "--format xlsx writes a workbook: give --out FILE.xlsx");
    }
    return x;
  }

  /** Writes the workbook to --out. */
  void write(byte[] workbook) throws IOException {
    AtomicFiles.write(out, workbook);
  }

  /** Writes the whole text to --out or standard output. */
  void write(String text, PrintWriter stdout) throws IOException {
    if (out == null) {
      stdout.print(text);
      stdout.flush();
    } else {
      AtomicFiles.write(out, text);
    }
  }
}
