package org.openv2v.economics.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.openv2v.economics.model.LifeTable;

/** The life tables shipped with the platform, in src/main/resources/economics/data. */
public final class LifeTables {

  private LifeTables() {}

  static LifeTable named(YamlNode node) {
    try {
      return named(node.text());
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  /** {@code korea-2023} or {@code us-2019}. */
  public static LifeTable named(String name) {
    String resource = "/economics/data/lifetable-" + name + ".csv";
    try (InputStream in = LifeTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no life table " + name + " (korea-2023, us-2019)");
      }
      List<Double> men = new ArrayList<>();
      List<Double> women = new ArrayList<>();
      StringBuilder source = new StringBuilder();
      for (String line : ModelLoader.read(in).split("\n")) {
        if (line.startsWith("#")) {
          source.append(line.substring(1).trim()).append(' ');
        } else if (!line.isBlank() && !line.startsWith("age")) {
          String[] cells = line.split(",");
          men.add(Double.parseDouble(cells[1]));
          women.add(Double.parseDouble(cells[2]));
        }
      }
      return new LifeTable(
          name,
          source.toString().trim(),
          men.stream().mapToDouble(Double::doubleValue).toArray(),
          women.stream().mapToDouble(Double::doubleValue).toArray());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
