package org.openv2v.worklist;

import java.util.List;

/**
 * One column of the pipeline: its stage, how many cases are in it, and the cards shown (longest in
 * their state first, at most {@link Home#CARDS_PER_COLUMN}).
 */
public record PipelineColumn(String stage, int total, List<CaseCard> cards) {

  public int hidden() {
    return total - cards.size();
  }
}
