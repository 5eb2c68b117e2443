package nl.handreiking.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * How JSON bodies are read: a repeated key is refused (which of the two would count?), and so is a text
 * with a control character or a date outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}; each a 400 that
 * names the field (see {@link ProblemMapper}).
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    /** The reason given for a date outside the range. */
    public static String yearRange() {
        return Messages.text("reason.yearRange", FIRST_YEAR, LAST_YEAR);
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("handreiking-input")
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(
                            DeserializationConfig config,
                            BeanDescription description,
                            JsonDeserializer<?> deserializer) {
                        Class<?> type = description.getBeanClass();
                        return type == String.class || TemporalAccessor.class.isAssignableFrom(type)
                                ? new Checked(deserializer)
                                : deserializer;
                    }
                }));
    }

    /** True when the moment or date lies in the years the API accepts. */
    public static boolean inRange(TemporalAccessor value) {
        int year = value instanceof Instant instant
                ? instant.atOffset(ZoneOffset.UTC).getYear()
                : value.isSupported(ChronoField.YEAR) ? value.get(ChronoField.YEAR) : FIRST_YEAR;
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** A value that was read but is not acceptable, with the reason to give the client. */
    public static final class RejectedValue extends InvalidFormatException {
        private final String reason;

        RejectedValue(JsonParser parser, String reason, Object value) {
            super(parser, reason, null, value == null ? Object.class : value.getClass());
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** Reads as Jackson would, then checks the value. */
    private static final class Checked extends DelegatingDeserializer {
        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text) {
                var forbidden = Text.forbiddenInText(text);
                if (forbidden.isPresent()) {
                    throw new RejectedValue(parser, Messages.text("reason.control", forbidden.get()), null);
                }
            } else if (value instanceof TemporalAccessor moment && !inRange(moment)) {
                throw new RejectedValue(parser, yearRange(), null);
            }
            return value;
        }
    }
}
