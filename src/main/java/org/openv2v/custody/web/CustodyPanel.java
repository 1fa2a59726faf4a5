package org.openv2v.custody.web;

import org.openv2v.cases.CasePanel;
import org.openv2v.cases.CaseSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page's custody section: the signed ledger and the form to sign the next step. */
@Configuration(proxyBeanMethods = false)
class CustodyPanel {

  /** Shown to those who may read a case's ledger over the API (CustodyApi#ledger). */
  @Bean
  CasePanel custodySection() {
    return new CaseSection("custody", "custody.panel.title", "custody", 20, CaseSection.CASE_TEAM);
  }
}
