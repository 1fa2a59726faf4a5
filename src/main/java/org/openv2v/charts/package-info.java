/**
 * Charts: one plain-Java model of a plot ({@link org.openv2v.charts.Chart}) drawn by one Thymeleaf
 * fragment ({@code templates/charts/chart.html}) as inline, accessible SVG, for the platform's
 * pages and for the self-contained reports the simulator and the economic model write without
 * Spring ({@link org.openv2v.charts.ReportTemplates}). Any module may use it; it uses none.
 */
@ApplicationModule(
    type = ApplicationModule.Type.OPEN,
    allowedDependencies = {})
package org.openv2v.charts;

import org.springframework.modulith.ApplicationModule;
