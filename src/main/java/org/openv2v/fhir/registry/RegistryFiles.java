package org.openv2v.fhir.registry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A filled form as a file: JSON (Jackson), CSV one row per field (RFC 4180, Commons CSV), or a
 * sheet: the form's own layout, one column per field under its label, for a spreadsheet.
 */
public final class RegistryFiles {

  static final String[] CSV_HEADER = {
    "form", "case", "timepoint", "due_on", "field", "label", "value", "source", "missing"
  };

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private RegistryFiles() {}

  public static String json(FilledForm form) {
    return JSON.writeValueAsString(form) + "\n";
  }

  public static String csv(FilledForm form) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
      for (FilledForm.Field field : form.fields()) {
        printer.printRecord(
            form.form().slug(),
            form.caseReference(),
            form.timepoint(),
            form.dueOn(),
            field.id(),
            field.label(),
            field.value().orElse(""),
            field.source(),
            field.value().isEmpty() ? "yes" : "no");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The form as one spreadsheet row under a header of its field labels, in the form's order, with a
   * UTF-8 byte-order mark so that spreadsheet programs read Korean labels right.
   */
  public static String sheet(FilledForm form) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(form.fields().stream().map(FilledForm.Field::label).toList());
      printer.printRecord(form.fields().stream().map(f -> f.value().orElse("")).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
