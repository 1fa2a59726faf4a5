package org.openv2v.patientstatus.web;

import java.util.Set;
import org.openv2v.cases.CasePanel;
import org.openv2v.cases.CaseSection;
import org.openv2v.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page's section for the patient's status links: issue, list and revoke. */
@Configuration(proxyBeanMethods = false)
class StatusLinkPanel {

  /** Only the treatment centre's coordinators and physicians issue links. */
  @Bean
  CasePanel statusLinkSection() {
    return new CaseSection(
        "status-links",
        "status.panel.title",
        "status-links",
        80,
        Set.of(Role.COORDINATOR, Role.PHYSICIAN));
  }
}
