/** The patient's view of a journey, in plain words and free of frameworks. */
package org.openv2v.patientstatus.domain;
