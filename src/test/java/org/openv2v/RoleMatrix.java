package org.openv2v;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.openv2v.security.Role;

/**
 * An authorization matrix kept as text (one row an operation: method, path, then y or n per role
 * column), read the same way by the REST and the FHIR matrix tests.
 */
public final class RoleMatrix {

  private RoleMatrix() {}

  /** One operation and, per role column, whether the role may call it. */
  public record Row(String method, String path, List<Boolean> allowed) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** One operation called as one role. */
  public record Call(Row row, Role role) {
    @Override
    public String toString() {
      return row + " as " + role;
    }
  }

  /** The rows of a matrix on the test class path; a row with the wrong number of columns fails. */
  public static List<Row> rows(String resource, List<Role> columns) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = RoleMatrix.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] fields = text.split("\\s+");
        if (fields.length != 2 + columns.size()) {
          throw new IllegalStateException(resource + ": bad row: " + line);
        }
        rows.add(
            new Row(
                fields[0],
                fields[1],
                Arrays.stream(fields, 2, fields.length).map(flag -> flag.equals("y")).toList()));
      }
    }
    return rows;
  }

  /** Every row as every role of the columns. */
  public static Stream<Call> calls(String resource, List<Role> columns) throws IOException {
    return rows(resource, columns).stream()
        .flatMap(row -> columns.stream().map(role -> new Call(row, role)));
  }
}
