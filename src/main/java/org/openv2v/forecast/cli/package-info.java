/** The {@code forecast backtest} command-line tool, started by {@code cli.CommandLineTools}. */
@org.springframework.modulith.NamedInterface("cli")
package org.openv2v.forecast.cli;
