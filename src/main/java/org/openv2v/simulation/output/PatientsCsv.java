package org.openv2v.simulation.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.openv2v.simulation.network.NetworkExperiment;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.network.PatientRecords;

/**
 * patients.csv, the patient-level output the economic model reads (the contract is in
 * docs/simulation.md, "patients.csv"): one row per counted patient, by replication then referral
 * time; days with 3 decimals, empty for "none". RFC 4180 through Commons CSV.
 */
public final class PatientsCsv {

  public static final String FILE = "patients.csv";

  public static final List<String> COLUMNS =
      List.of(
          "replication",
          "patient",
          "indication",
          "product",
          "ageYears",
          "sex",
          "referralDay",
          "outcome",
          "outcomeDay",
          "apheresisDay",
          "waitDays",
          "veinToVeinDays");

  private PatientsCsv() {}

  /**
   * patients.csv written while the replications run (issue 17): each replication's rows are
   * formatted on its own thread as it finishes (the rows of a million patients cost more to format
   * than to simulate), then written in replication order, so the file is the same byte for byte
   * whatever the number of threads, and the run never holds all its patients.
   */
  public static final class Writer implements NetworkExperiment.Patients {
    private final NetworkScenario scenario;
    private final OutputStream out;
    private final Cells cells;
    private final Map<Integer, byte[]> early = new HashMap<>();
    private int next;

    /** Writes the header to {@code out} (UTF-8, left open) at once. */
    public Writer(NetworkScenario scenario, OutputStream out) throws IOException {
      this.scenario = scenario;
      this.out = out;
      CSVFormat rows = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
      StringBuilder header = new StringBuilder();
      rows.printRecord(header, COLUMNS.toArray());
      out.write(header.toString().getBytes(StandardCharsets.UTF_8));
      this.cells = new Cells(rows);
    }

    @Override
    public void replication(int index, PatientRecords patients) {
      byte[] text = rows(scenario, index, patients, cells);
      synchronized (this) {
        early.put(index, text);
        try {
          for (byte[] due = early.remove(next); due != null; due = early.remove(next)) {
            out.write(due);
            next++;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /**
   * One replication's rows as UTF-8. The words (indication, product, sex, outcome) go through
   * Commons CSV once each, so it decides their quoting; numbers never need quoting and are written
   * as ASCII digits straight into the buffer: through CSVFormat, each of 24 million cells was
   * scanned for characters to quote, costing more than simulating the patients (issue 17).
   */
  private static byte[] rows(NetworkScenario scenario, int r, PatientRecords p, Cells cells) {
    RowBuffer row = new RowBuffer(p.size() * 80);
    Words words = new Words(cells);
    byte[] product = cells.word(scenario.product());
    byte[] female = cells.word("FEMALE");
    byte[] male = cells.word("MALE");
    for (int i = 0; i < p.size(); i++) {
      boolean infused = p.infused(i);
      boolean waiting = p.waiting(i);
      double outcomeDay = waiting ? Double.NaN : p.outcomeDay()[i];
      double apheresis = p.apheresisDay()[i];
      row.whole(r + 1);
      row.separator();
      row.whole(i + 1);
      row.separator();
      row.text(words.of(p.indication()[i]));
      row.separator();
      row.text(product);
      row.separator();
      row.whole(p.ageYears()[i]);
      row.separator();
      row.text(p.female()[i] ? female : male);
      row.separator();
      days(p.referralDay()[i], row);
      row.separator();
      row.text(words.of(p.outcome(i)));
      row.separator();
      days(outcomeDay, row);
      row.separator();
      days(apheresis, row);
      row.separator();
      days(outcomeDay - p.referralDay()[i], row);
      row.separator();
      if (infused) {
        days(outcomeDay - apheresis, row);
      }
      row.endOfRecord();
    }
    return row.bytes();
  }

  /** A cell of days into {@code row}: the same text as {@link #days(double)}. */
  static void days(double value, RowBuffer row) {
    if (!Double.isFinite(value)) {
      return;
    }
    long thousandths = nearThousandths(value);
    if (thousandths >= 0) {
      // Under a million days, so in an int: int division is the cheaper one.
      int whole = (int) thousandths / 1000;
      row.whole(whole);
      row.fraction((int) thousandths - whole * 1000);
    } else {
      row.ascii(slowDays(value));
    }
  }

  /** Days with three decimals ('.' separator), or empty for none. */
  static String days(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    long n = nearThousandths(value);
    return n >= 0 ? thousandths(n) : slowDays(value);
  }

  /**
   * {@code value} in whole thousandths, rounded half up, when that can be read off the double
   * directly; -1 when the slow path must decide. Double.toString(v) is within half an ulp of v
   * (under 1e-10 here), so rounding it to thousandths gives v's own rounding unless v lies that
   * close to a half-thousandth; away from one (by 1e-4 of a thousandth, far above v * 1000's own
   * rounding error) the thousandths come straight from v, without the decimal digits.
   */
  private static long nearThousandths(double value) {
    if (value >= 0 && value < 1e6) {
      double thousandths = value * 1000;
      // Truncation is the floor of a non-negative number, without a call to StrictMath.floor,
      // which the tools' compiler (C1) does not make an instruction.
      long whole = (long) thousandths;
      double above = thousandths - whole;
      if (Math.abs(above - 0.5) > 1e-4) {
        return whole + (above > 0.5 ? 1 : 0);
      }
    }
    return -1;
  }

  /** The exact rounding of the shortest decimal of {@code value}, for the rare hard cases. */
  private static String slowDays(double value) {
    String shortest = Double.toString(value);
    String rounded = roundPlain(shortest);
    return rounded != null
        ? rounded
        : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }

  /** "12.345" for 12345. */
  private static String thousandths(long n) {
    long fraction = n % 1000;
    StringBuilder text = new StringBuilder(12).append(n / 1000).append('.');
    if (fraction < 100) {
      text.append('0');
    }
    if (fraction < 10) {
      text.append('0');
    }
    return text.append(fraction).toString();
  }

  /**
   * {@code BigDecimal.valueOf(v).setScale(3, HALF_UP).toPlainString()} done on the digits of {@code
   * Double.toString(v)} (which is what BigDecimal.valueOf reads), for the common plain non-negative
   * form "123.4567"; null for any other form (exponent, sign), which the caller then formats
   * through BigDecimal. Same text, a fraction of the cost.
   */
  static String roundPlain(String shortest) {
    int dot = shortest.indexOf('.');
    if (dot <= 0 || shortest.charAt(0) == '-' || shortest.indexOf('E') >= 0) {
      return null;
    }
    int decimals = shortest.length() - dot - 1;
    if (decimals <= 3) {
      StringBuilder padded = new StringBuilder(dot + 4).append(shortest);
      for (int i = decimals; i < 3; i++) {
        padded.append('0');
      }
      return padded.toString();
    }
    char[] digits = new char[dot + 4];
    shortest.getChars(0, dot + 4, digits, 0);
    if (shortest.charAt(dot + 4) >= '5') {
      int i = digits.length - 1;
      while (i >= 0) {
        if (digits[i] == '.') {
          i--;
          continue;
        }
        if (digits[i] == '9') {
          digits[i] = '0';
          i--;
        } else {
          digits[i]++;
          break;
        }
      }
      if (i < 0) {
        return "1" + new String(digits);
      }
    }
    return new String(digits);
  }

  /**
   * One replication's words, looked up by identity: the handful of words on its rows (indications,
   * outcomes) are the same string objects on every row, so a glance at a short array finds them
   * where a hash lookup per cell cost more than the cell.
   */
  private static final class Words {
    private final Cells cells;
    private String[] texts = new String[16];
    private byte[][] rendered = new byte[16][];
    private int size;

    Words(Cells cells) {
      this.cells = cells;
    }

    byte[] of(String text) {
      for (int i = 0; i < size; i++) {
        if (texts[i] == text) {
          return rendered[i];
        }
      }
      byte[] cell = cells.word(text);
      if (size == texts.length) {
        texts = Arrays.copyOf(texts, size * 2);
        rendered = Arrays.copyOf(rendered, size * 2);
      }
      texts[size] = text;
      rendered[size++] = cell;
      return cell;
    }
  }

  /**
   * The words of the file, each rendered once by Commons CSV (quoted and escaped if the text needs
   * it) and kept as UTF-8: a handful of indications, products, sexes and outcomes.
   */
  private static final class Cells {
    private final CSVFormat format;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    Cells(CSVFormat format) {
      this.format = format;
    }

    byte[] word(String text) {
      return rendered.computeIfAbsent(text, this::render);
    }

    private byte[] render(String text) {
      StringBuilder cell = new StringBuilder();
      try {
        // A format of its own: CSVFormat's printing methods lock the format.
        format.builder().get().print(text, cell, true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return cell.toString().getBytes(StandardCharsets.UTF_8);
    }
  }
}
