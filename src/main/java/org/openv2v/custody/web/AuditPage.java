package org.openv2v.custody.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.audit.AuditTrail;
import org.openv2v.audit.PatientDataRead;
import org.openv2v.custody.Custody;
import org.openv2v.custody.domain.LedgerVerdict;
import org.openv2v.security.CurrentActor;
import org.openv2v.web.PageDates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's start page: the latest reads of patient data (who, when, what, how many cases,
 * whether names were shown) and, on request, the custody ledger's own check. It lives with custody
 * because the ledger check is custody's; the reads come from the audit trail's public API.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
@RequiredArgsConstructor
class AuditPage {

  private static final int READS_SHOWN = 100;

  private final PageDates dates;
  private final AuditTrail audit;
  private final Custody custody;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  /** One read as the page shows it, in words. */
  record Read(
      String at, String user, String role, String action, int cases, boolean identityShown) {}

  /** The ledger check's outcome in words. */
  record Verification(boolean valid, long checked, Long firstBrokenSequence, String reason) {}

  @GetMapping("/audit")
  String page(@RequestParam(defaultValue = "false") boolean verify, Model model) {
    currentActor.get();
    Locale locale = LocaleContextHolder.getLocale();
    DateTimeFormatter times = dates.dateTimeFormatter(locale);
    List<Read> reads =
        audit.reads(Optional.empty(), READS_SHOWN).stream()
            .map((PatientDataRead r) -> read(r, times, locale))
            .toList();
    model.addAttribute("reads", reads);
    model.addAttribute("readsShown", READS_SHOWN);
    if (verify) {
      LedgerVerdict verdict = custody.verify();
      model.addAttribute(
          "verification",
          new Verification(
              verdict.valid(),
              verdict.checked(),
              verdict.firstInvalid().map(b -> b.sequence()).orElse(null),
              verdict.firstInvalid().map(b -> b.reason()).orElse(null)));
    }
    return "custody/audit";
  }

  private Read read(PatientDataRead r, DateTimeFormatter times, Locale locale) {
    return new Read(
        times.format(r.readAt()),
        r.username(),
        messages.getMessage("role." + r.role(), null, r.role(), locale),
        messages.getMessage(
            "audit.action." + r.action(),
            null,
            messages.getMessage("audit.action.other", null, locale),
            locale),
        r.caseIds().size(),
        r.identityShown());
  }
}
