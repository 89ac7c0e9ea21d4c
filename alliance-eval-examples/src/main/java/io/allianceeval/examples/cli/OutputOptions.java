package io.allianceeval.examples.cli;

import io.allianceeval.examples.io.AtomicFiles;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.report.Format;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.report.PercentRounding;
import io.allianceeval.examples.report.ReportSource;
import io.allianceeval.examples.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every report-writing command shares. */
final class OutputOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--format", paramLabel = "text|markdown|json|html|xlsx|docx",
      description = "Output format (default: ${DEFAULT-VALUE}).", defaultValue = "text",
      converter = FormatConverter.class)
  Format format = Format.TEXT;

  @Option(names = "--lang", paramLabel = "zh|en",
      description = "Language of the report (default: ${DEFAULT-VALUE}).", defaultValue = "zh",
      converter = LangConverter.class)
  Lang lang = Lang.ZH;

  @Option(names = "--rounding", paramLabel = "half-up|largest-remainder",
      description = "Percentages: each half-up, or sets that make a whole by largest remainder "
          + "(default: ${DEFAULT-VALUE}).", defaultValue = "half-up",
      converter = RoundingConverter.class)
  PercentRounding rounding = PercentRounding.HALF_UP;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  Path out;

  /**
   * Renders the report composed from {@code source} as asked and writes it whole: to {@code --out}
   * atomically, or text to standard output.
   *
   * @throws ParameterException for a Word or Excel report without {@code --out}
   * @throws StorageException if {@code --out} cannot be written
   */
  void write(ReportSource source, PrintWriter stdout) throws StorageException {
    if (format.isFile() && out == null) {
      throw new ParameterException(mixee.commandLine(), format == Format.XLSX
          ? "--format xlsx writes a workbook: give --out FILE.xlsx"
          : "--format docx writes a Word document: give --out FILE.docx");
    }
    byte[] report = Reports.render(source, format, lang, rounding);
    if (out == null) {
      stdout.print(new String(report, StandardCharsets.UTF_8));
      stdout.flush();
    } else {
      AtomicFiles.write(out, report);
    }
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

  static final class FormatConverter extends WordConverter<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  static final class LangConverter extends WordConverter<Lang> {
    LangConverter() {
      super(Lang.class);
    }
  }

  static final class RoundingConverter extends WordConverter<PercentRounding> {
    RoundingConverter() {
      super(PercentRounding.class);
    }
  }
}
