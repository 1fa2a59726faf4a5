package org.openv2v.logistics.web;

import org.openv2v.cases.CasePanel;
import org.openv2v.cases.CaseSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page's shipments section: each leg with its temperature plot. */
@Configuration(proxyBeanMethods = false)
class ShipmentsPanel {

  /** Shown to those who may read the case's shipments over the API. */
  @Bean
  CasePanel shipmentsSection() {
    return new CaseSection(
        "shipments", "logistics.panel.title", "shipments", 45, CaseSection.CASE_TEAM);
  }
}
