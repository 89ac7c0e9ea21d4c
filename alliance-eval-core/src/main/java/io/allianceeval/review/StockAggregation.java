package io.allianceeval.review;

import io.allianceeval.model.Points;
import java.util.List;
import java.util.function.Function;

/** A stock {@link Aggregation} with its name. */
final class StockAggregation implements Aggregation {

  private final String name;
  private final Function<List<Points>, Points> function;

  StockAggregation(String name, Function<List<Points>, Points> function) {
    this.name = name;
    this.function = function;
  }

  @Override
  public Points aggregate(List<Points> scores) {
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
