package io.allianceeval.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Reweighting}: drawn maxima that add up exactly, and points scaled half-up. */
class ReweightingTest {

  @Test
  void drawnMaxima_addUpToTheTotalExactly_theLargestAbsorbingTheDifference() {
    // 1/3 each of 100.00: 3333.33 rounds to 3333 three times; the first largest takes the 1
    assertArrayEquals(new long[] {3334, 3333, 3333},
        Reweighting.maximaSummingTo(new double[] {1, 1, 1}, 10000));
    assertArrayEquals(new long[] {2500, 7500},
        Reweighting.maximaSummingTo(new double[] {100, 300}, 10000));
    // 100 over 1, 2, 2, 2: 14.29 → 14 and 28.57 → 29 three times add up to 101; the first of the
    // largest, not the first of all, gives the hundredth back
    assertArrayEquals(new long[] {14, 28, 29, 29},
        Reweighting.maximaSummingTo(new double[] {1, 2, 2, 2}, 100));
  }

  @Test
  void pointsScale_halfUp_toTheHundredth() {
    // 0.01 of a maximum of 0.03 moved to 0.02: 0.00666… → 0.01; 0.02 of 0.03 → 0.0133… → 0.01
    assertEquals(1, Reweighting.rescored(new long[] {1}, new long[] {3}, new long[] {2}, -1));
    assertEquals(1, Reweighting.rescored(new long[] {2}, new long[] {3}, new long[] {2}, -1));
    // 0.01 of 0.02 moved to 0.01: 0.005 → 0.01 (half-up)
    assertEquals(1, Reweighting.rescored(new long[] {1}, new long[] {2}, new long[] {1}, -1));
    // removing an indicator drops its points; the flat form gives the same
    assertEquals(500, Reweighting.rescored(new long[] {500, 300}, new long[] {500, 500},
        new long[] {500, 500}, 1));
    assertEquals(800, Reweighting.rescored(new int[] {9, 500, 300}, 1, new long[] {500, 500},
        new long[] {500, 500}));
  }
}
