package io.allianceeval.examples.cli;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.examples.io.AtomicFiles;
import io.allianceeval.examples.report.DiagnosticsFigures;
import io.allianceeval.examples.report.Format;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.report.PercentRounding;
import io.allianceeval.examples.report.ReportInputs;
import io.allianceeval.examples.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

  /** Renders the report of {@code result} as asked and writes it whole. */
  void report(EvaluationResult result, List<String> notes,
      Optional<DiagnosticsFigures> diagnostics,
      PrintWriter stdout) throws IOException {
    report(result, notes, diagnostics, ReportInputs.none(),
        stdout);
  }

  /** Renders the report of {@code result} with the sections {@code inputs} add. */
  void report(EvaluationResult result, List<String> notes,
      Optional<DiagnosticsFigures> diagnostics,
      ReportInputs inputs, PrintWriter stdout)
      throws IOException {
    if (format == Format.XLSX || format == Format.DOCX) {
      if (out == null) {
        throw new ParameterException(mixee.commandLine(), format == Format.XLSX
            ? "--format xlsx writes a workbook: give --out FILE.xlsx"
            : "--format docx writes a Word document: give --out FILE.docx");
      }
      AtomicFiles.write(out, format == Format.XLSX
          ? Reports.workbook(result, lang, rounding, notes,
              diagnostics)
          : Reports.docx(result, lang, rounding, notes,
              diagnostics, inputs));
      return;
    }
    write(Reports.render(result, format, lang, rounding, notes,
        diagnostics, inputs), stdout);
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
