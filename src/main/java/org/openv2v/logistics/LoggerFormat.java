package org.openv2v.logistics;

/** The file formats a logger upload may take (docs/logistics.md). */
public enum LoggerFormat {
  CSV,
  JSON
}
