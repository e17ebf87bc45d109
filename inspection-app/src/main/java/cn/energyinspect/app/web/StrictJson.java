package cn.energyinspect.app.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON read as strictly as it is declared, so a wrong value is refused at the edge naming its field (a 422 through
 * {@link ApiExceptionHandler}) instead of being silently converted, stored damaged, or failing later as a 500:
 *
 * <ul>
 *   <li>text with a control character (NUL and the other C0 characters but tab, line feed and carriage return) or an
 *       unpaired surrogate ({@code "\ud800"}, which the database would store as {@code ?}) is refused;
 *   <li>a null item of a list or set is refused ({@code items:[null]} reached the services as a null element);
 *   <li>a fraction for an integer is refused rather than truncated; a number for a boolean is refused rather than read
 *       as {@code true};
 *   <li>a number given as text must be written with ASCII digits: {@code "１２３"} (full-width) is refused.
 * </ul>
 */
@Configuration
class StrictJson {
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .deserializerByType(String.class, new CleanText())
                .deserializerByType(Integer.class, AsciiDigits.of(Integer.class))
                .deserializerByType(int.class, AsciiDigits.of(int.class))
                .deserializerByType(Long.class, AsciiDigits.of(Long.class))
                .deserializerByType(long.class, AsciiDigits.of(long.class))
                .postConfigurer(mapper -> {
                    mapper.coercionConfigFor(LogicalType.Boolean)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    for (Class<?> container : List.of(List.class, Set.class, Collection.class)) {
                        mapper.configOverride(container).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
                    }
                });
    }

    /** Text without control characters or unpaired surrogates. */
    static final class CleanText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            if (text != null && !clean(text)) {
                return (String) ctxt.handleWeirdStringValue(String.class, text, "含有控制字符或不成对的代理字符");
            }
            return text;
        }

        static boolean clean(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Jackson's own integer reading, except that a number given as text must use ASCII digits. */
    static final class AsciiDigits<T> extends StdDeserializer<T> {
        private final transient JsonDeserializer<T> standard;

        private AsciiDigits(Class<T> type, JsonDeserializer<T> standard) {
            super(type);
            this.standard = standard;
        }

        @SuppressWarnings("unchecked")
        static <T> AsciiDigits<T> of(Class<T> type) {
            return new AsciiDigits<>(type, (JsonDeserializer<T>) NumberDeserializers.find(type, type.getName()));
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)
                    && !p.getText().strip().chars().allMatch(c -> c == '-' || c == '+' || (c >= '0' && c <= '9'))) {
                return (T) ctxt.handleWeirdStringValue(handledType(), p.getText(), "须为阿拉伯数字");
            }
            return standard.deserialize(p, ctxt);
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getNullValue(ctxt);
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getEmptyValue(ctxt);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Integer;
        }
    }
}
