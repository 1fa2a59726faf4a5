/**
 * The command-line tools that run without the server ({@code verify-ledger}, {@code simulate},
 * {@code economics}, {@code validate}), named here by class so that the compiler and the module
 * check see every entry point. {@link org.openv2v.Launcher} starts them on the thin class path.
 */
@ApplicationModule(
    displayName = "Command-line tools",
    allowedDependencies = {
      "custody :: domain",
      "economics :: cli",
      "forecast :: cli",
      "simulation :: cli",
      "validation"
    })
package org.openv2v.cli;

import org.springframework.modulith.ApplicationModule;
