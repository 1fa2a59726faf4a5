/**
 * The cold chain in plain Java: logger readings and their file format, the handling rules a
 * shipment is held to, and the detection of excursions, data gaps and exceeded hold times. Nothing
 * here knows about Spring, HTTP or SQL.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.openv2v.logistics.domain;
