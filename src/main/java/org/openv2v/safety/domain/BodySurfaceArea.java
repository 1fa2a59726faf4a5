package org.openv2v.safety.domain;

import java.util.List;

/** Body surface area in m², unrounded; round only for display. */
public record BodySurfaceArea(double m2, BsaFormula formula, List<String> reasons) {

  public BodySurfaceArea {
    reasons = List.copyOf(reasons);
  }

  public static BodySurfaceArea of(Double heightCm, Double weightKg, BsaFormula formula) {
    double height = Inputs.within("heightCm", heightCm, 30, 250, "cm");
    double weight = Inputs.within("weightKg", weightKg, 1, 350, "kg");
    Inputs.required("formula", formula);
    double m2 =
        switch (formula) {
          case MOSTELLER -> Math.sqrt(height * weight / 3600.0);
          case DUBOIS -> 0.007184 * Math.pow(weight, 0.425) * Math.pow(height, 0.725);
        };
    String how =
        formula == BsaFormula.MOSTELLER
            ? "Mosteller √("
                + Inputs.plain(height)
                + " cm × "
                + Inputs.plain(weight)
                + " kg / 3600)"
            : "DuBois 0.007184 × "
                + Inputs.plain(weight)
                + "^0.425 × "
                + Inputs.plain(height)
                + "^0.725";
    return new BodySurfaceArea(m2, formula, List.of(how + " = " + Rounding.places(m2, 4) + " m²"));
  }
}
