package org.openv2v.logistics.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded logger files under src/test/resources/logistics. */
public final class LoggerFiles {

  private LoggerFiles() {}

  public static String read(String name) {
    try (InputStream in = LoggerFiles.class.getResourceAsStream("/logistics/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No logger file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
