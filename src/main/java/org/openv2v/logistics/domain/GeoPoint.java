package org.openv2v.logistics.domain;

import java.math.BigDecimal;

/** Where the logger was, in WGS 84 degrees. */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

  private static final BigDecimal LAT = BigDecimal.valueOf(90);
  private static final BigDecimal LON = BigDecimal.valueOf(180);

  public GeoPoint {
    if (latitude.abs().compareTo(LAT) > 0) {
      throw new IllegalArgumentException("latitude must be between -90 and 90");
    }
    if (longitude.abs().compareTo(LON) > 0) {
      throw new IllegalArgumentException("longitude must be between -180 and 180");
    }
  }
}
