package cn.energyinspect.app.search.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code next}/{@code after} cursor: base64url of {@code {"s":"DATE","v":[1767225600000,"CASE:12"]}}, the
 * sort mode and the sort values of the last record of a page. Decoding checks the shape against the sort mode, so a
 * forged or stale cursor is refused here instead of reaching Elasticsearch as a malformed {@code search_after}.
 */
final class SearchCursor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 1000;

    private SearchCursor() {}

    /** @param values sort values as Elasticsearch returned them: numbers and strings */
    static String encode(Sorting sorting, List<?> values) {
        ObjectNode cursor = JSON.createObjectNode().put("s", sorting.name());
        ArrayNode array = cursor.putArray("v");
        for (Object value : values) {
            switch (value) {
                case Long l -> array.add(l);
                case Integer i -> array.add(i.longValue());
                case Double d -> array.add(d);
                case Float f -> array.add(f.doubleValue());
                case String s -> array.add(s);
                default -> throw new IllegalArgumentException("unexpected sort value " + value.getClass());
            }
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(cursor.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return the sort values ({@code [score, date, id]} for relevance, {@code [date, id]} for date)
     * @throws IllegalArgumentException when the cursor is not one this API issued for that sort mode
     */
    static List<Object> decode(String cursor, Sorting sorting) {
        if (cursor.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("cursor too long");
        }
        JsonNode node;
        try {
            node = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
        if (node == null
                || !node.path("s").asText().equals(sorting.name())
                || !node.path("v").isArray()) {
            throw new IllegalArgumentException("cursor of another sort mode");
        }
        JsonNode v = node.get("v");
        List<Object> values = new ArrayList<>();
        int i = 0;
        if (sorting == Sorting.RELEVANCE) {
            requireSize(v, 3);
            values.add(number(v.get(i++)));
        } else {
            requireSize(v, 2);
        }
        JsonNode date = v.get(i++);
        if (!date.isIntegralNumber() || !date.canConvertToLong()) {
            throw new IllegalArgumentException("date is not epoch millis");
        }
        values.add(date.longValue());
        JsonNode id = v.get(i);
        if (!id.isTextual() || id.asText().isEmpty() || id.asText().length() > 200) {
            throw new IllegalArgumentException("id is not a record id");
        }
        values.add(id.asText());
        return values;
    }

    private static void requireSize(JsonNode v, int size) {
        if (v.size() != size) {
            throw new IllegalArgumentException("expected " + size + " sort values");
        }
    }

    private static double number(JsonNode score) {
        if (!score.isNumber() || !Double.isFinite(score.doubleValue())) {
            throw new IllegalArgumentException("score is not a number");
        }
        return score.doubleValue();
    }
}
