package org.openv2v.safety.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Immune Effector Cell-associated Encephalopathy score, 0–10 (ASTCT 2019, as tabulated in
 * PMC8153820 Table 2 and ASCO 2021): orientation 4, naming 3, commands 1, writing 1, attention 1.
 * "Unable to perform" is its own state, not a score of 0.
 */
public record IceScore(Optional<Integer> score, boolean unableToPerform, List<String> reasons) {

  public IceScore {
    reasons = List.copyOf(reasons);
  }

  public static IceScore of(IceItems items) {
    int orientation = Inputs.within("orientation", items.orientation(), 0, 4);
    int naming = Inputs.within("naming", items.naming(), 0, 3);
    int commands = Inputs.within("commands", items.commands(), 0, 1);
    int writing = Inputs.within("writing", items.writing(), 0, 1);
    int attention = Inputs.within("attention", items.attention(), 0, 1);
    int total = orientation + naming + commands + writing + attention;
    List<String> reasons = new ArrayList<>();
    reasons.add("orientation " + orientation + "/4 (year, month, city, hospital)");
    reasons.add("naming " + naming + "/3 (three objects)");
    reasons.add("following commands " + commands + "/1");
    reasons.add("writing a standard sentence " + writing + "/1");
    reasons.add("attention, counting back from 100 by 10 " + attention + "/1");
    reasons.add("ICE score " + total + "/10");
    return new IceScore(Optional.of(total), false, reasons);
  }

  public static IceScore unable() {
    return new IceScore(
        Optional.empty(),
        true,
        List.of("unable to perform ICE: recorded as its own state, not as a score of 0"));
  }
}
