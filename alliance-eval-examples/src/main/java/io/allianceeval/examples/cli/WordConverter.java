package io.allianceeval.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Converts an option word such as {@code largest-remainder} to its enum constant. */
class WordConverter<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {

  private final Class<E> type;

  WordConverter(Class<E> type) {
    this.type = type;
  }

  static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (word(e).equalsIgnoreCase(value) || e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new CommandLine.TypeConversionException("expected one of "
        + Arrays.stream(type.getEnumConstants()).map(WordConverter::word)
            .collect(Collectors.joining(", ")) + ", found '" + value + "'");
  }
}
