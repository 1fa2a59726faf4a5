package org.openv2v.custody;

import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.custody.internal.RecordRows;
import org.springframework.stereotype.Service;

/**
 * The custody ledger for other modules to read, such as the bedside check. No access check here:
 * callers check that their actor may see the case.
 */
@Service
@RequiredArgsConstructor
public class CustodyLedger {

  private final RecordRows records;

  /** A case's custody records in the order of its chain (oldest first). */
  public List<CustodyRecord> records(UUID caseId) {
    return records.ofCase(caseId).stream().map(CustodyRecord::of).toList();
  }
}
