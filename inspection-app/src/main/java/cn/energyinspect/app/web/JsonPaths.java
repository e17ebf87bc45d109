package cn.energyinspect.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The field a JSON error is about, written as clients name fields in {@code errors}: {@code record.startedAt}, {@code
 * items[2].text}. Used for request bodies and for task payloads read later, so both name the same field the same way.
 */
public final class JsonPaths {
    private static final String DUPLICATE = "Duplicate field '";

    private JsonPaths() {}

    /** The path of a value that could not be bound; empty for an error at the root of the document. */
    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The path of a key the document repeats, when the parser refused it (Jackson's {@code STRICT_DUPLICATE_DETECTION}):
     * at that moment the parser's context is the repeated key itself.
     */
    public static Optional<String> duplicateKey(StreamReadException e) {
        if (e.getOriginalMessage() == null
                || !e.getOriginalMessage().startsWith(DUPLICATE)
                || !(e.getProcessor() instanceof JsonParser parser)) {
            return Optional.empty();
        }
        return Optional.of(of(parser.getParsingContext())).filter(path -> !path.isEmpty());
    }

    static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push((c.getParent() == null || c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        return String.join("", parts);
    }
}
