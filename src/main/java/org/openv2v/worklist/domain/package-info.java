/**
 * The worklist's rules in plain Java: which pipeline column a case state falls in, who the case
 * waits on, and which signed custody steps the journey so far implies.
 */
package org.openv2v.worklist.domain;
