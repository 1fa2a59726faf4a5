package org.openv2v.safety.web;

import java.util.List;
import org.openv2v.shared.Refusal;
import org.openv2v.web.RefusalWords;

/**
 * A service's refusal as a panel shows it: the reason, and each field named, in the reader's words.
 */
record PanelProblem(String detail, List<String> fields) {

  static PanelProblem of(Refusal refusal, RefusalWords words) {
    return new PanelProblem(words.of(refusal), words.fields(refusal));
  }
}
