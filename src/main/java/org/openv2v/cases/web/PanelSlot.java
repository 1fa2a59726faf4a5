package org.openv2v.cases.web;

/** Where the case page loads another module's section: its id, title key and address. */
record PanelSlot(String id, String titleKey, String path) {}
