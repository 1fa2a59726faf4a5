package org.openv2v.safety.web;

import org.openv2v.cases.CasePanel;
import org.openv2v.cases.CaseSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The safety module's sections of the case page, in the order a case meets them. */
@Configuration(proxyBeanMethods = false)
class ClinicalPanels {

  @Bean
  CasePanel preInfusionChecklistPanel() {
    return section("pre-infusion", "safety.checklist.title", "checklist", 40);
  }

  @Bean
  CasePanel assessmentsPanel() {
    return section("assessments", "safety.assessments.title", "assessments", 50);
  }

  @Bean
  CasePanel followUpPanel() {
    return section("follow-up", "safety.followUp.title", "follow-up", 60);
  }

  /**
   * Served by this package under {@code /cases/{id}/safety/<segment>}. Clinical staff and auditors
   * read it; the services decide who writes.
   */
  private static CasePanel section(String id, String titleKey, String segment, int order) {
    return new CaseSection(id, titleKey, "safety/" + segment, order, CaseSection.CLINICAL_TEAM);
  }
}
