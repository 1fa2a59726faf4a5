package org.openv2v.labels;

import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.identity.domain.Din;
import org.openv2v.identity.domain.UnitKind;
import org.openv2v.labels.internal.LabelPrinter;
import org.openv2v.network.Network;
import org.openv2v.network.Product;
import org.openv2v.security.Actor;
import org.openv2v.shared.Refusal;
import org.springframework.stereotype.Service;

/**
 * Unit labels of a case: the case's DIN with the unit's flags as Code 128 and DataMatrix, the
 * eye-readable DIN with its check character, the product, the unit and the patient's initials.
 * Whoever may see the case may print its labels; reading the case for a label is audited like any
 * other read.
 */
@Service
@RequiredArgsConstructor
public class Labels {

  private final Cases cases;
  private final Network network;

  /**
   * What the label of one unit of a case says, for this caller: no initials for those who may not
   * see the patient's name.
   *
   * @throws Refusal not found when the caller cannot see the case; conflict when it has no DIN
   */
  public LabelContent content(UUID caseId, UnitKind unit, Actor actor) {
    CaseView view = cases.find(caseId, actor);
    Din din =
        dinOf(view)
            .map(Din::parse)
            .orElseThrow(
                () ->
                    new Refusal(
                            Refusal.Kind.CONFLICT,
                            "Case " + view.reference() + " has no DIN yet, so it has no labels.")
                        .withWords("refusal.labels.noDin", view.reference()));
    Optional<Product> product = network.product(view.productCode());
    return new LabelContent(
        din,
        unit,
        product.map(Product::brandName).orElse(view.productCode()),
        product.map(Product::genericName).orElse(""),
        LabelContent.initials(view.patient().name()),
        view.reference());
  }

  public byte[] png(LabelContent label) {
    return LabelPrinter.png(label);
  }

  public byte[] pdf(LabelContent label) {
    return LabelPrinter.pdf(label);
  }

  /** The case's 13-character DIN; cases opened before DINs get theirs at the next start. */
  static Optional<String> dinOf(CaseView view) {
    return Optional.ofNullable(view.din());
  }
}
