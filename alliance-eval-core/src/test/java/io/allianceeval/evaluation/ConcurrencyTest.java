package io.allianceeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.IndicatorScore;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One Evaluation and one indicator system, shared by 8 threads, give the sequential results. */
class ConcurrencyTest {

  private static List<ActivityRecord> records(long seed) {
    Random random = new Random(seed);
    List<ActivityRecord> list = new ArrayList<>();
    for (int n = 1; n <= 99; n++) {
      Alliance a = Alliance.of(AllianceCode.parse(String.format("1%02d", n)), "联盟 " + n);
      ActivityRecord.Builder b = ActivityRecord.builder(a, 2019);
      for (Fact f : Standard2019.facts()) {
        if (f != Standard2019.WEBSITE_MONTHS_SINCE_UPDATE || random.nextBoolean()) {
          b.fact(f, random.nextInt(7));
        }
      }
      list.add(b.build());
    }
    return list;
  }

  /** Everything a caller reads, reasons included (built lazily, so they race too). */
  private static List<String> read(EvaluationResult r) {
    List<String> out = new ArrayList<>();
    for (Participant p : r.participants()) {
      out.add(p.toString());
      for (IndicatorScore s : p.scorecard().get().indicatorScores()) {
        out.add(s.toString());
      }
    }
    return out;
  }

  @Test
  void eightThreads_shareOneEvaluation_andGetTheSequentialResults() throws Exception {
    Evaluation evaluation = Evaluation.forYear(2019)
        .withIndicatorSystem(IndicatorSystem.standard2019());
    int sets = 32;
    List<List<ActivityRecord>> inputs = new ArrayList<>();
    List<EvaluationResult> sequential = new ArrayList<>();
    for (int i = 0; i < sets; i++) {
      inputs.add(records(i));
      sequential.add(evaluation.score(inputs.get(i)));
    }
    List<List<String>> sequentialText = sequential.stream().map(ConcurrencyTest::read).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<EvaluationResult>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (int i = 0; i < sets; i++) {
          List<ActivityRecord> in = inputs.get(i);
          futures.add(pool.submit(() -> {
            start.await();
            return evaluation.score(in);
          }));
        }
      }
      start.countDown();
      for (int k = 0; k < futures.size(); k++) {
        EvaluationResult r = futures.get(k).get(60, TimeUnit.SECONDS);
        assertEquals(sequential.get(k % sets), r);
      }
      // reasons are computed lazily: read the same results from 8 threads at once
      List<Future<List<String>>> reads = new ArrayList<>();
      List<EvaluationResult> fresh = new ArrayList<>();
      for (int i = 0; i < sets; i++) {
        fresh.add(evaluation.score(inputs.get(i)));
      }
      for (int t = 0; t < 8; t++) {
        for (int i = 0; i < sets; i++) {
          EvaluationResult r = fresh.get(i);
          reads.add(pool.submit(() -> read(r)));
        }
      }
      for (int k = 0; k < reads.size(); k++) {
        assertEquals(sequentialText.get(k % sets), reads.get(k).get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
