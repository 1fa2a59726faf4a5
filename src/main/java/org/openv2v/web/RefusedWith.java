package org.openv2v.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page controller whose refusals {@link PageRefusals} answers: with the refusal's status
 * ({@link RefusalStatus}) and this view, a whole page or a panel's fragment. The view gets {@code
 * status}, {@code error} (the status's phrase), {@code notFound}, {@code caseNotFound}, {@code
 * problem} (the refusal in the reader's words), {@code fields} and the signed-in user ({@code me}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RefusedWith {

  /** The view that says the refusal; the error page by default. */
  String value() default "error";

  /** Whether a 404 from this controller means a case the reader may not see or that is not. */
  boolean caseNotFound() default false;
}
