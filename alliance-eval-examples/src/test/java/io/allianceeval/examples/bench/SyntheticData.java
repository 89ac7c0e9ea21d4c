package io.allianceeval.examples.bench;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.Standard2019;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic inputs for the benchmarks. Alliance codes are the identity and their shapes
 * ({@code 1NN}, {@code 2NN}, {@code 3NN}, {@code DNNN}) hold 3 × 99 + 999 = 1 296 alliances, so an
 * input of N records is ⌈N / 1 296⌉ evaluations of at most 1 296 alliances each.
 */
final class SyntheticData {

  /** Every possible alliance code, in code order. */
  static final List<AllianceCode> CODES = allCodes();

  private SyntheticData() {}

  private static List<AllianceCode> allCodes() {
    List<AllianceCode> codes = new ArrayList<>();
    for (int batch = 1; batch <= 3; batch++) {
      for (int n = 1; n <= 99; n++) {
        codes.add(AllianceCode.parse(batch + String.format("%02d", n)));
      }
    }
    for (int n = 1; n <= 999; n++) {
      codes.add(AllianceCode.parse(String.format("D%03d", n)));
    }
    return List.copyOf(codes);
  }

  /** Fact values for {@code count} records: -1 is a missing website. */
  static int[][] facts(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] facts = new int[count][20];
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < 20; j++) {
        facts[i][j] = j == 4 ? random.nextInt(-1, 16) : random.nextInt(0, 7);
      }
    }
    return facts;
  }

  /** The records of {@code facts}, chunked into evaluations of at most 1 296 alliances. */
  static List<List<ActivityRecord>> records(int[][] facts, int year) {
    List<List<ActivityRecord>> chunks = new ArrayList<>();
    List<ActivityRecord> chunk = new ArrayList<>();
    List<Alliance> alliances = CODES.stream().map(c -> Alliance.of(c, "联盟 " + c)).toList();
    for (int i = 0; i < facts.length; i++) {
      ActivityRecord.Builder b = ActivityRecord.builder(alliances.get(i % CODES.size()), year);
      for (int j = 0; j < 20; j++) {
        if (facts[i][j] >= 0) {
          b.fact(Standard2019.facts().get(j), facts[i][j]);
        }
      }
      chunk.add(b.build());
      if (chunk.size() == CODES.size()) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }
}
