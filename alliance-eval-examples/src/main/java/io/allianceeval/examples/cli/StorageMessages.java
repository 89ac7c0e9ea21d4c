package io.allianceeval.examples.cli;

import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.report.Lang;
import java.util.Locale;

/** A storage failure as one line in the user's language, from the messages bundles. */
final class StorageMessages {

  private StorageMessages() {}

  /** {@code 无法写入 out/2019.docx：磁盘空间已满} / {@code cannot write out/2019.docx: no space …}. */
  static String of(StorageException e, Lang lang) {
    String reason = e.reason() == StorageException.Reason.OTHER ? e.detail()
        : lang.text("storage.reason." + key(e.reason()), e.detail());
    return lang.text("storage.action." + key(e.action()), e.file(), reason);
  }

  private static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
