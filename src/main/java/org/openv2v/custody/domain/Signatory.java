package org.openv2v.custody.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One person's signature on a record as it manifests: who (account and printed name), in which
 * role, and what the signature means (21 CFR 11.50(a): printed name, date and time, meaning; the
 * time is the record's server time).
 */
public record Signatory(String username, String printedName, String role, String meaning) {

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("meaning", meaning);
    json.put("printedName", printedName);
    json.put("role", role);
    json.put("username", username);
    return json;
  }
}
