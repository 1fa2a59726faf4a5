package org.openv2v.simulation.network;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * How long each step of the pathway takes, drawn from the scenario's distributions: referral and
 * approval, manufacturing and transport, lymphodepletion and the stay in hospital. Each group draws
 * from its own random sub-stream, so changing one group's distribution leaves the others' draws as
 * they were.
 */
final class PathwayTimes {

  final ContinuousSampler toConsult;
  final ContinuousSampler assessment;
  final ContinuousSampler payerApproval;
  final ContinuousSampler apheresisSession;
  final ContinuousSampler outbound;
  final ContinuousSampler turnaround;
  final ContinuousSampler inbound;
  final ContinuousSampler lymphodepletion;
  final ContinuousSampler inpatientStay;
  final ContinuousSampler outpatientStay;

  PathwayTimes(
      NetworkScenario scenario,
      UniformRandomProvider referral,
      UniformRandomProvider manufacturing,
      UniformRandomProvider infusion) {
    NetworkScenario.Pathway p = scenario.pathway();
    toConsult = p.referralToConsult().sampler(referral);
    assessment = p.eligibilityAssessment().sampler(referral);
    payerApproval = p.payerApproval().sampler(referral);
    apheresisSession = p.apheresisSession().sampler(referral);
    NetworkScenario.Manufacturing m = scenario.manufacturing();
    outbound = m.outboundTransit().sampler(manufacturing);
    turnaround = m.turnaround().sampler(manufacturing);
    inbound = m.returnTransit().sampler(manufacturing);
    NetworkScenario.Infusion i = scenario.infusion();
    lymphodepletion = i.lymphodepletion().sampler(infusion);
    inpatientStay = i.inpatientStay().sampler(infusion);
    outpatientStay = i.outpatientStay().sampler(infusion);
  }
}
