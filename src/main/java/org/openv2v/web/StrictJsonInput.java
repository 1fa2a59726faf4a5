package org.openv2v.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Two inputs that Jackson accepts and the platform must refuse with a 400 naming the field:
 *
 * <ul>
 *   <li>a number where a date or time belongs: Jackson reads {@code 0} as 1970-01-01 and {@code
 *       20260101} as a day in 1970, silently; dates are ISO 8601 text only;
 *   <li>a NUL character ({@code \u0000}) in any string: PostgreSQL cannot store it in text, so it
 *       would fail deep in a write (a 500) instead of at the door.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

  static final Set<Class<?>> DATES =
      Set.of(
          Instant.class,
          LocalDate.class,
          LocalDateTime.class,
          LocalTime.class,
          OffsetDateTime.class,
          ZonedDateTime.class,
          YearMonth.class,
          Date.class);

  static final String NUL_MESSAGE = "must not contain NUL characters (\\u0000)";

  /**
   * The longest string any request may carry, a backstop behind each field's own {@code @Size}: a
   * long clinical note is a few thousand characters; a megabyte name is a mistake or an attack.
   */
  static final int MAX_STRING = 100_000;

  @Bean
  JsonFactoryBuilderCustomizer longestString() {
    return builder ->
        builder.streamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(MAX_STRING).build());
  }

  @Bean
  JsonMapperBuilderCustomizer strictJsonModule() {
    SimpleModule module = new SimpleModule("openv2v-strict-input");
    module.setDeserializerModifier(new Guards());
    return builder -> builder.addModule(module);
  }

  private static final class Guards extends ValueDeserializerModifier {
    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier bean,
        ValueDeserializer<?> deserializer) {
      Class<?> type = bean.getBeanClass();
      if (DATES.contains(type)) {
        return new NoNumbers(deserializer);
      }
      if (type == String.class) {
        return new NoNul(deserializer);
      }
      return deserializer;
    }
  }

  /** Refuses a JSON number for a date or time before the date's own reader can coerce it. */
  private static final class NoNumbers extends DelegatingDeserializer {
    NoNumbers(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new NoNumbers(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != null && p.currentToken().isNumeric()) {
        return ctxt.handleWeirdNumberValue(
            handledType(), p.getNumberValue(), "a number is not a date: send ISO 8601 text");
      }
      return super.deserialize(p, ctxt);
    }
  }

  /** Refuses a string that carries a NUL character. */
  private static final class NoNul extends DelegatingDeserializer {
    NoNul(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new NoNul(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      Object value = super.deserialize(p, ctxt);
      if (value instanceof String text && text.indexOf('\0') >= 0) {
        return ctxt.handleWeirdStringValue(String.class, text, NUL_MESSAGE);
      }
      return value;
    }
  }
}
