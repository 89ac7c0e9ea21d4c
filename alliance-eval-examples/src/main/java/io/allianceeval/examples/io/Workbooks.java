package io.allianceeval.examples.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** What kind of file a byte content is: an .xlsx workbook, an OLE2 file (.xls, encrypted), or text. */
final class Workbooks {

  /** The kinds of content told apart. */
  enum Kind {
    /** An Office Open XML package: .xlsx. */
    XLSX,
    /** An OLE2 compound file: an .xls workbook, or an encrypted (password-protected) .xlsx. */
    OLE2,
    /** Anything else: read as CSV text. */
    TEXT
  }

  private Workbooks() {}

  static Kind kind(byte[] bytes) {
    if (bytes.length < 8) {
      return Kind.TEXT;
    }
    FileMagic magic = FileMagic.valueOf(bytes);
    if (magic == FileMagic.OOXML) {
      return Kind.XLSX;
    }
    return magic == FileMagic.OLE2 ? Kind.OLE2 : Kind.TEXT;
  }

  /** Why an OLE2 file cannot be read, in one sentence. */
  static String ole2Problem(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        return "is a password-protected workbook; remove the password (in Excel: File › Info › "
            + "Protect Workbook) and save it again";
      }
      return "is an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx)";
    } catch (IOException | RuntimeException e) {
      return "is a damaged Office file: " + oneLine(e);
    }
  }

  /** An exception's message on one line, without class names a user cannot act on. */
  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).trim();
  }
}
