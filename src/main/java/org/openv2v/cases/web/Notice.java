package org.openv2v.cases.web;

/**
 * A banner on the case page. {@code tone} is {@code alert} for what stopped the journey, else
 * {@code info}.
 */
record Notice(String tone, String title, String detail) {

  public boolean alert() {
    return "alert".equals(tone);
  }
}
