package org.openv2v.identity.domain;

import java.util.Optional;

/**
 * The physical units of one case. Every unit carries the case's DIN; its flags tell it from the
 * others (ST-001 Table 3 [RT004]; clinical-rules §10.1). OpenV2V's scheme:
 *
 * <ul>
 *   <li>the apheresis collection bag is the donation's only container, so its flags carry the Type
 *       3 check of the DIN, 60 + MOD 37-2 checksum (ST-001 A.2);
 *   <li>product bags 1-4 are containers 1-4 of a set, flags {@code 01}-{@code 04} (Type 1);
 *   <li>a sample tube drawn for testing has the test tube label flags {@code 07} (Type 1);
 *   <li>a sterility sample has the flags for samples for bacterial testing, {@code 10} (Type 1).
 * </ul>
 *
 * Apheresis bag and product bags thus never share flags, and a bag scan tells which it is.
 */
public enum UnitKind {
  APHERESIS("Apheresis collection"),
  PRODUCT_1("Product bag 1"),
  PRODUCT_2("Product bag 2"),
  PRODUCT_3("Product bag 3"),
  PRODUCT_4("Product bag 4"),
  SAMPLE("Sample tube"),
  STERILITY_SAMPLE("Sterility sample");

  /** Test tube label (ST-001 Table 3). */
  static final Flags TEST_TUBE = new Flags("07");

  /** Samples for bacterial testing (ST-001 Table 3). */
  static final Flags BACTERIAL_TESTING = new Flags("10");

  private final String title;

  UnitKind(String title) {
    this.title = title;
  }

  /** The product bag with this number, 1-4. */
  public static UnitKind product(int bag) {
    return switch (bag) {
      case 1 -> PRODUCT_1;
      case 2 -> PRODUCT_2;
      case 3 -> PRODUCT_3;
      case 4 -> PRODUCT_4;
      default -> throw new IllegalArgumentException("Product bags are numbered 1 to 4; got " + bag);
    };
  }

  /**
   * The unit that flags name on an OpenV2V label, if any. Type 3 flags must already have been
   * checked against their DIN ({@link DinReading} does); {@code 00}, Type 2 and the other Type 1
   * values name no unit.
   */
  public static Optional<UnitKind> of(Flags flags) {
    if (flags.type() == Flags.Type.CHECK) {
      return Optional.of(APHERESIS);
    }
    if (flags.type() == Flags.Type.CONTAINER && flags.container().getAsInt() <= 4) {
      return Optional.of(product(flags.container().getAsInt()));
    }
    if (flags.equals(TEST_TUBE)) {
      return Optional.of(SAMPLE);
    }
    if (flags.equals(BACTERIAL_TESTING)) {
      return Optional.of(STERILITY_SAMPLE);
    }
    return Optional.empty();
  }

  /** This unit's flags on a label of the DIN. */
  public Flags flags(Din din) {
    return switch (this) {
      case APHERESIS -> Flags.type3(din);
      case PRODUCT_1, PRODUCT_2, PRODUCT_3, PRODUCT_4 -> Flags.container(productBag().get());
      case SAMPLE -> TEST_TUBE;
      case STERILITY_SAMPLE -> BACTERIAL_TESTING;
    };
  }

  /** The number of a product bag, 1-4; empty for the other units. */
  public Optional<Integer> productBag() {
    return switch (this) {
      case PRODUCT_1 -> Optional.of(1);
      case PRODUCT_2 -> Optional.of(2);
      case PRODUCT_3 -> Optional.of(3);
      case PRODUCT_4 -> Optional.of(4);
      default -> Optional.empty();
    };
  }

  public boolean isProduct() {
    return productBag().isPresent();
  }

  /** What a label calls the unit, such as "Product bag 1". */
  public String title() {
    return title;
  }
}
