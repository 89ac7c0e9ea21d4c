package io.allianceeval.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** A stock {@link Aggregation} with its name. */
final class StockAggregation implements Aggregation {

  private final String name;
  private final Function<List<BigDecimal>, BigDecimal> function;

  StockAggregation(String name, Function<List<BigDecimal>, BigDecimal> function) {
    this.name = name;
    this.function = function;
  }

  @Override
  public BigDecimal aggregate(List<BigDecimal> scores) {
    return function.apply(scores);
  }

  @Override
  public String name() {
    return name;
  }

  /** The name: {@code mean}. */
  @Override
  public String toString() {
    return name;
  }
}
