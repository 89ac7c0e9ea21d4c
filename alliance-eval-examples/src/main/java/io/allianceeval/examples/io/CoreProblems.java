package io.allianceeval.examples.io;

import io.allianceeval.model.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns the core's problems, which name positions in a list, into problems with file lines. */
final class CoreProblems {

  private CoreProblems() {}

  /** Problems found while reading and problems the core found, ordered by line. */
  static BadInputException merge(List<InputProblem> read, BadInputException core) {
    List<InputProblem> all = new ArrayList<>(read);
    all.addAll(core.problems());
    all.sort(Comparator.comparingLong(p -> p.line().orElse(0)));
    return new BadInputException(all);
  }

  /** {@code rows.get(i)} is the row that produced element {@code i} of the core's input. */
  static BadInputException of(String file, InvalidInputException e, List<InputTable.Row> rows) {
    List<InputProblem> out = new ArrayList<>();
    for (InvalidInputException.Problem p : e.problems()) {
      if (p.positions().isEmpty()) {
        out.add(InputProblem.inFile(file, p.message()));
        continue;
      }
      String lines = p.positions().size() > 1
          ? " (lines " + p.positions().stream().map(i -> String.valueOf(rows.get(i).line()))
              .collect(Collectors.joining(", ")) + ")"
          : "";
      for (int i : p.positions()) {
        InputTable.Row row = rows.get(i);
        out.add(p.field().isPresent()
            ? row.problem(p.field().get(), p.message() + lines)
            : row.problem(p.message() + lines));
      }
    }
    return new BadInputException(out);
  }
}
