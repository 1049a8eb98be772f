package nl.oneplan.app.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The input contract of the API, decided once for every request body: a duplicate key, a number
 * where a date or an enum name belongs, a null inside a list, a control character in a text (tab
 * and newline aside), or a date outside 1900–2100 is refused with the field it concerns. Only
 * request bodies are read this strictly; what OnePlan stored itself is read as it was written.
 */
@Configuration(proxyBeanMethods = false)
public class StrictRequestJson implements WebMvcConfigurer {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(strict(json.getObjectMapper()));
            }
        }
    }

    static ObjectMapper strict(ObjectMapper lenient) {
        ObjectMapper mapper = lenient.copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.configOverride(Collection.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.configOverride(Set.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        SimpleModule contract = new SimpleModule("oneplan-input-contract");
        contract.addDeserializer(String.class, new PlainText());
        contract.addDeserializer(LocalDate.class, new Dated<>(LocalDateDeserializer.INSTANCE, LocalDate.class,
                LocalDate::getYear));
        contract.addDeserializer(Instant.class, new Dated<>(InstantDeserializer.INSTANT, Instant.class,
                instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC).getYear()));
        return mapper.registerModule(contract);
    }

    /** Refused input; the handler answers it with its own code and the field. */
    public static final class ContractViolation extends InvalidFormatException {
        private final String code;

        ContractViolation(JsonParser parser, String message, Object value, Class<?> type, String code) {
            super(parser, message, value, type);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Text without control characters; tab, line feed and carriage return may separate lines of a long text. */
    private static final class PlainText extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isScalarValue()) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getValueAsString();
            for (int i = 0; text != null && i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0)
                        || Character.getType(c) == Character.SURROGATE
                        && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1)))
                        && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
                if (control) {
                    throw new ContractViolation(parser, String.format("contains the control character U+%04X", (int) c),
                            text, String.class, "CONTROL_CHARACTER");
                }
            }
            return text;
        }
    }

    /** A date or instant, written as text and read the standard way, then held to the years OnePlan's work lies in. */
    private static final class Dated<T> extends JsonDeserializer<T> {
        private final JsonDeserializer<T> standard;
        private final Class<T> type;
        private final ToIntFunction<T> year;

        Dated(JsonDeserializer<T> standard, Class<T> type, ToIntFunction<T> year) {
            this.standard = standard;
            this.type = type;
            this.year = year;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new ContractViolation(parser, "is not a date written as text (yyyy-mm-dd, or an ISO instant)",
                        parser.getText(), type, "MALFORMED_REQUEST");
            }
            String text = parser.getText();
            T value = standard.deserialize(parser, context);
            int of = value == null ? FIRST_YEAR : year.applyAsInt(value);
            if (of < FIRST_YEAR || of > LAST_YEAR) {
                throw new ContractViolation(parser, "lies outside the years " + FIRST_YEAR + " to " + LAST_YEAR,
                        text, type, "DATE_OUT_OF_RANGE");
            }
            return value;
        }
    }
}
