package org.openv2v.fhir.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.identity.domain.Din;
import org.openv2v.identity.domain.Flags;
import org.openv2v.identity.domain.UnitKind;
import org.openv2v.safety.Lymphodepletions;

/**
 * The case's products and procedures: apheresis product, bags (ISBT 128), apheresis,
 * lymphodepletion, infusion.
 */
final class ProductResources extends CaseParts {

  ProductResources(CaseData data, ZoneId zone) {
    super(data, zone);
  }

  Extension dinExtension() {
    return new Extension(
        Systems.BIOLOGICAL_SOURCE_EVENT,
        new Identifier().setSystem(Systems.DIN).setValue(view.din()));
  }

  BiologicallyDerivedProduct product(String suffix, UnitKind unit) {
    BiologicallyDerivedProduct product = new BiologicallyDerivedProduct();
    product.setId(id(suffix));
    product.addExtension(dinExtension());
    Flags flags = unit.flags(Din.parse(view.din()));
    product
        .addIdentifier()
        .setSystem(Systems.UNIT)
        .setValue(view.din() + flags.text())
        .getType()
        .setText(unit.title());
    product.setProductCategory(BiologicallyDerivedProduct.BiologicallyDerivedProductCategory.CELLS);
    product.getRequest().add(serviceRequestRef());
    product.setQuantity(1);
    return product;
  }

  Optional<BiologicallyDerivedProduct> apheresisProduct() {
    if (view.din() == null || view.milestones().apheresisAt().isEmpty()) {
      return Optional.empty();
    }
    BiologicallyDerivedProduct product = product("apheresis", UnitKind.APHERESIS);
    product.getProductCode().setText("Autologous leukapheresis collection (starting material)");
    product.setStatus(BiologicallyDerivedProduct.BiologicallyDerivedProductStatus.UNAVAILABLE);
    product
        .getCollection()
        .setCollected(at(view.milestones().apheresisAt().get()))
        .setCollector(null);
    if (data.identityShown()) {
      product.getCollection().setSource(new Reference("Patient/" + view.id()));
    }
    return Optional.of(product);
  }

  /**
   * The product bags: those scanned at a custody step, or bag 1 once a product has been released
   * and no bag has been scanned yet (a released product has at least one bag).
   */
  List<BiologicallyDerivedProduct> bags() {
    if (view.din() == null) {
      return List.of();
    }
    TreeSet<Integer> numbers = new TreeSet<>();
    for (CustodyRecord record : data.custody()) {
      for (String unit : record.units()) {
        unitKind(unit).flatMap(UnitKind::productBag).ifPresent(numbers::add);
      }
    }
    if (numbers.isEmpty() && view.milestones().releasedAt().isPresent()) {
      numbers.add(1);
    }
    boolean infused = event(CaseEventType.INFUSED).isPresent();
    List<BiologicallyDerivedProduct> bags = new ArrayList<>();
    for (int n : numbers) {
      BiologicallyDerivedProduct bag = product("bag-" + n, UnitKind.product(n));
      bag.getProductCode()
          .addCoding(
              new Coding(
                  Systems.PRODUCT,
                  view.productCode(),
                  data.product().map(p -> p.brandName()).orElse(null)))
          .setText(data.product().map(p -> p.genericName()).orElse(view.productCode()));
      bag.setStatus(
          infused
              ? BiologicallyDerivedProduct.BiologicallyDerivedProductStatus.UNAVAILABLE
              : BiologicallyDerivedProduct.BiologicallyDerivedProductStatus.AVAILABLE);
      if (view.milestones().apheresisAt().isPresent()) {
        bag.addParent(new Reference("BiologicallyDerivedProduct/" + id("apheresis")));
      }
      view.milestones()
          .releasedAt()
          .ifPresent(
              released ->
                  bag.addProcessing()
                      .setDescription("Manufactured and released by " + view.manufacturingSiteId())
                      .setTime(at(released)));
      bags.add(bag);
    }
    return bags;
  }

  /** The product bag numbers of a case, as {@link CaseResources#of} emits them. */
  static List<Integer> bagNumbers(CaseData data) {
    return new ProductResources(data, ZoneId.of("UTC"))
        .bags().stream()
            .map(bag -> Integer.parseInt(bag.getIdElement().getIdPart().substring(41)))
            .toList();
  }

  Procedure procedure(
      String suffix,
      String code,
      String display,
      Instant at,
      String siteId,
      List<BiologicallyDerivedProduct> used) {
    Procedure procedure = new Procedure();
    procedure.setId(id(suffix));
    procedure.addBasedOn(serviceRequestRef());
    procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
    procedure.getCode().addCoding(new Coding(Systems.CONCEPT, code, display)).setText(display);
    procedure.setSubject(subject());
    procedure.setPerformed(at(at));
    procedure.addPerformer().setActor(site(siteId));
    for (BiologicallyDerivedProduct product : used) {
      procedure.addExtension(
          new Extension(
              Systems.PROCEDURE_USED,
              new Reference("BiologicallyDerivedProduct/" + product.getIdElement().getIdPart())));
    }
    return procedure;
  }

  Procedure lymphodepletion(Lymphodepletions.Course course, int n) {
    Procedure procedure = new Procedure();
    procedure.setId(id("lymphodepletion-" + n));
    procedure.addBasedOn(serviceRequestRef());
    procedure.setStatus(
        course.finishedOn().isPresent()
            ? Procedure.ProcedureStatus.COMPLETED
            : Procedure.ProcedureStatus.INPROGRESS);
    String display = "Lymphodepleting chemotherapy";
    procedure
        .getCode()
        .addCoding(new Coding(Systems.CONCEPT, "lymphodepletion", display))
        .setText(display);
    procedure.setSubject(subject());
    Period period = new Period().setStartElement(day(course.startedOn()));
    course.finishedOn().ifPresent(finished -> period.setEndElement(day(finished)));
    procedure.setPerformed(period);
    procedure.addPerformer().setActor(site(view.treatmentCentreId()));
    course.note().ifPresent(note -> procedure.addNote().setText(note));
    return procedure;
  }
}
