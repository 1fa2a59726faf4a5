package org.openv2v.scheduling.web;

import org.openv2v.cases.CasePanel;
import org.openv2v.cases.CaseSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page's booking section: the schedule, its slips, and booking for coordinators. */
@Configuration(proxyBeanMethods = false)
class BookingPanel {

  /** Shown to those who may read the case's schedule over the API. */
  @Bean
  CasePanel bookingSection() {
    return new CaseSection(
        "booking", "scheduling.panel.title", "booking", 30, CaseSection.CASE_TEAM);
  }
}
