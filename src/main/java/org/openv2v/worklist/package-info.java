/**
 * The worklist: one home for the people who look after patients, across every product and
 * manufacturer at their sites. It reads the other modules through their public APIs and stores
 * nothing of its own.
 */
package org.openv2v.worklist;
