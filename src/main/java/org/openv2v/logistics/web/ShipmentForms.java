package org.openv2v.logistics.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.logistics.LoggerFormat;
import org.openv2v.logistics.NewShipment;
import org.openv2v.logistics.ReadingsUploaded;
import org.openv2v.logistics.Shipments;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.RefusalWords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shipments section's forms: booking a courier leg and uploading its logger's file, through the
 * same {@link Shipments} as the API. Each answers with the case page again, the outcome on top.
 */
@Controller
@RequiredArgsConstructor
class ShipmentForms {

  private final Shipments shipments;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  private final RefusalWords refusalWords;

  @PostMapping("/cases/{id}/shipments")
  @PreAuthorize("hasAnyRole('COORDINATOR','MANUFACTURER','COURIER')")
  String book(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String leg,
      @RequestParam(defaultValue = "") String shipperId,
      @RequestParam(defaultValue = "") String loggerSerial,
      RedirectAttributes redirect) {
    try {
      Leg chosen;
      try {
        chosen = Leg.valueOf(leg.strip());
      } catch (IllegalArgumentException e) {
        throw Refusal.invalidField("leg", "choose a leg").withWords("refusal.shipment.chooseLeg");
      }
      shipments.book(
          id,
          new NewShipment(
              chosen,
              text("shipperId", shipperId),
              text("loggerSerial", loggerSerial),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()),
          currentActor.get());
      redirect.addFlashAttribute("actionNotice", word("logistics.form.booked"));
    } catch (Refusal refusal) {
      refused(refusal, redirect);
    }
    return "redirect:/cases/" + id + "#panel-shipments";
  }

  @PostMapping("/cases/{id}/shipments/{shipmentId}/readings")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER')")
  String upload(
      @PathVariable UUID id,
      @PathVariable UUID shipmentId,
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw Refusal.invalidField("file", "choose the logger's file")
            .withWords("refusal.shipment.chooseFile");
      }
      String name = Optional.ofNullable(file.getOriginalFilename()).orElse("").toLowerCase();
      LoggerFormat format = name.endsWith(".json") ? LoggerFormat.JSON : LoggerFormat.CSV;
      ReadingsUploaded uploaded =
          shipments.upload(
              shipmentId,
              new String(file.getBytes(), StandardCharsets.UTF_8),
              format,
              currentActor.get());
      redirect.addFlashAttribute(
          "actionNotice",
          messages.getMessage(
              "logistics.form.uploaded",
              new Object[] {uploaded.added(), uploaded.alreadyStored()},
              LocaleContextHolder.getLocale()));
    } catch (Refusal refusal) {
      refused(refusal, redirect);
    }
    return "redirect:/cases/" + id + "#panel-shipments";
  }

  private void refused(Refusal refusal, RedirectAttributes redirect) {
    if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
      throw refusal;
    }
    List<String> fields = refusalWords.fields(refusal);
    String reason = refusalWords.of(refusal);
    redirect.addFlashAttribute(
        "actionRefusal",
        fields.isEmpty() ? reason : reason + " (" + String.join(", ", fields) + ")");
  }

  private static String text(String field, String value) {
    String text = value.strip();
    if (text.isEmpty() || text.length() > 64) {
      throw Refusal.invalidField(field, "is required, at most 64 characters")
          .withWords("refusal.field.required64");
    }
    return text;
  }

  private String word(String key) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, null, locale);
  }
}
