package org.openv2v.economics.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openv2v.economics.model.LifeTable;
import org.openv2v.shared.yaml.YamlField;

/**
 * The life tables shipped with the platform, in src/main/resources/economics/data: a CSV of q(x) by
 * single age ({@code age,qMale,qFemale}) whose leading {@code #} lines name its source.
 */
public final class LifeTables {

  /** Name in a model file → resource. {@code korea} is the newest KOSTAT table shipped. */
  private static final Map<String, String> FILES =
      Map.of(
          "kostat-2018", "kostat-life-table-2018.csv",
          "korea", "kostat-life-table-2018.csv",
          // The name models used while the table was a fitted curve; it now loads KOSTAT's table.
          "korea-2023", "kostat-life-table-2018.csv",
          "us-2019", "lifetable-us-2019.csv");

  private LifeTables() {}

  static LifeTable named(YamlField node) {
    try {
      return named(node.text());
    } catch (IllegalArgumentException e) {
      throw node.problem(e.getMessage());
    }
  }

  /** {@code kostat-2018} (also {@code korea}) or {@code us-2019}. */
  public static LifeTable named(String name) {
    String file = FILES.get(name);
    if (file == null) {
      throw new IllegalArgumentException(
          "no life table "
              + name
              + " ("
              + String.join(", ", FILES.keySet().stream().sorted().toList())
              + ")");
    }
    String resource = "/economics/data/" + file;
    try (InputStream in = LifeTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  static LifeTable read(String name, Reader reader) throws IOException {
    List<Double> men = new ArrayList<>();
    List<Double> women = new ArrayList<>();
    try (CSVParser csv = CSVParser.parse(reader, ReferenceCsv.FORMAT)) {
      for (CSVRecord row : csv) {
        int age = Integer.parseInt(row.get("age"));
        if (age != men.size()) {
          throw new IllegalStateException(
              name + " line " + row.getRecordNumber() + ": ages must run 0, 1, 2, … without gaps");
        }
        men.add(Double.parseDouble(row.get("qMale")));
        women.add(Double.parseDouble(row.get("qFemale")));
      }
      String source = csv.getHeaderComment() == null ? "" : csv.getHeaderComment();
      return new LifeTable(
          name,
          source.replace('\n', ' ').trim(),
          men.stream().mapToDouble(Double::doubleValue).toArray(),
          women.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }
}
