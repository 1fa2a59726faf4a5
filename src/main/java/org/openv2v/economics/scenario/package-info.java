/**
 * Model files, their evaluation and analyses (base case, tornado, PSA), for modules that run a
 * model (validation).
 */
@org.springframework.modulith.NamedInterface("scenario")
package org.openv2v.economics.scenario;
