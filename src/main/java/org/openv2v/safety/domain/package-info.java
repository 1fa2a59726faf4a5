/**
 * The clinical-safety rules in plain Java: ASTCT CRS and ICANS grading, the ICE and CAPD
 * instruments, ICAHT and CAR-HEMATOTOX, body surface area, creatinine clearance, tocilizumab and
 * lymphodepletion dosing, product dose ranges and the follow-up schedule. Each answer carries its
 * reasons and the rule set used. Invalid input is refused naming the field, never clamped. Other
 * modules may use these types (the demo records its findings with them).
 */
@org.springframework.modulith.NamedInterface("domain")
package org.openv2v.safety.domain;
