package io.allianceeval.examples.bench;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.io.ActivityRecords;
import io.allianceeval.examples.io.ScoreSheet;
import io.allianceeval.examples.report.Format;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.report.PercentRounding;
import io.allianceeval.examples.report.ReportSource;
import io.allianceeval.examples.report.Reports;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Excel in and out: reading a 1 000-row activity-records workbook (every cell a number, as a
 * secretariat's filled template is) and writing the full 附件 2 report workbook of 2019.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WorkbookBenchmark {

  private Path records;
  private EvaluationResult annex2;

  /** Writes the 1 000-row workbook once. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    records = Files.createTempFile("records-1000", ".xlsx");
    int[][] facts = SyntheticData.facts(1000, 2019);
    List<Fact> standard = Standard2019.facts();
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(records)) {
      Sheet s = wb.createSheet("记录");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("code");
      h.createCell(1).setCellValue("name");
      for (int f = 0; f < standard.size(); f++) {
        h.createCell(2 + f).setCellValue(standard.get(f).name());
      }
      for (int r = 0; r < 1000; r++) {
        Row row = s.createRow(r + 1);
        row.createCell(0).setCellValue(SyntheticData.CODES.get(r).toString());
        row.createCell(1).setCellValue("联盟 " + r);
        for (int f = 0; f < standard.size(); f++) {
          row.createCell(2 + f).setCellValue(facts[r][f]);
        }
      }
      wb.write(out);
    }
    annex2 = ScoreSheet.readResource("/io/allianceeval/examples/data/scores-2019.csv")
        .evaluate(Evaluation.forYear(2019).withPopulation(Population.ofCounts(52, 39, 55, 11)));
  }

  /** Removes the workbook. */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    Files.deleteIfExists(records);
  }

  /** Reads and checks the 1 000 rows (the evaluation itself is the scoring benchmark). */
  @Benchmark
  public ActivityRecords read1000Rows() throws Exception {
    return ActivityRecords.read(records, null, IndicatorSystem.standard2019(), 2019);
  }

  /** Composes and writes the whole report workbook: 附件 2 and a sheet per table. */
  @Benchmark
  public byte[] writeAnnex2Workbook() {
    return Reports.render(ReportSource.of(annex2), Format.XLSX, Lang.ZH,
        PercentRounding.HALF_UP);
  }
}
