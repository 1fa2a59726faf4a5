package org.openv2v.custody.domain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar openv2v.jar verify-ledger FILE}: checks an exported case ledger with no database
 * and no Spring, prints one line and answers the exit code: 0 valid, 1 invalid, 2 for a usage
 * mistake or a file that cannot be read.
 */
public final class LedgerCommand {

  public static final String NAME = "verify-ledger";

  /** Export files are a few kilobytes per record; refuse anything absurd rather than run out. */
  private static final long MAX_BYTES = 512L * 1024 * 1024;

  private LedgerCommand() {}

  /** Runs the command on its arguments (after the command name). */
  public static int run(List<String> arguments, PrintStream out, PrintStream err) {
    if (arguments.size() != 1) {
      err.println("Usage: java -jar openv2v.jar " + NAME + " FILE");
      return 2;
    }
    Path file = Path.of(arguments.get(0));
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        err.println("Cannot read " + file + ": larger than " + MAX_BYTES + " bytes");
        return 2;
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      err.println("Cannot read " + file + ": no such file");
      return 2;
    } catch (IOException | SecurityException e) {
      err.println("Cannot read " + file + ": " + e.getMessage());
      return 2;
    }
    LedgerExport.Verdict verdict = LedgerExport.verify(bytes);
    out.println(verdict.line());
    return verdict.valid() ? 0 : 1;
  }
}
