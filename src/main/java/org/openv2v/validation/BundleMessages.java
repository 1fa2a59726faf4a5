package org.openv2v.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** #{...} in the validation templates, from validation/templates/validation*.properties (UTF-8). */
final class BundleMessages extends AbstractMessageResolver {

  static final String BUNDLE = "validation/templates/validation";

  @Override
  public String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    Locale locale = context.getLocale();
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return messageParameters == null || messageParameters.length == 0
          ? pattern
          : new MessageFormat(pattern, locale).format(messageParameters);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return "??" + key + "??";
  }
}
