package cn.energyinspect.app.security.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invalid request bodies derived from an OpenAPI schema: for each declared property (nested objects and the first item
 * of arrays included) a value of the wrong type, null and absence where it is required, one character past its
 * maxLength, one past its maximum or minimum, one item past maxItems, a value outside its enum, a malformed date or
 * date-time, and text with a NUL character or a lone surrogate. Each variant is a whole body: the property's siblings
 * are left out, so only the property (and missing required siblings) can be wrong.
 */
final class BadBodies {
    /** Stands for a lone surrogate, which Jackson cannot write: replaced by the escape in the raw JSON text. */
    private static final String LONE_SURROGATE = "\u0001LONE-SURROGATE\u0001";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 4;

    /** One invalid body: what was done, the field it is about (its path as clients name it), the raw JSON. */
    record Variant(String kind, String field, String json) {}

    private final JsonNode schemas;

    BadBodies(JsonNode docs) {
        this.schemas = docs.path("components").path("schemas");
    }

    /** The variants of a body schema; empty when it declares no properties. */
    List<Variant> of(JsonNode schema) {
        List<Variant> variants = new ArrayList<>();
        walk(resolve(schema), "", variants, 0);
        return variants;
    }

    /** The resolved schema: a {@code $ref} followed, the members of an {@code allOf} merged. */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved.has("$ref") && hops < 10; hops++) {
            String ref = resolved.path("$ref").asText();
            resolved = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (resolved.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            ObjectNode properties = merged.putObject("properties");
            ArrayNode required = merged.putArray("required");
            merged.put("type", "object");
            for (JsonNode part : resolved.path("allOf")) {
                JsonNode member = resolve(part);
                member.path("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), e.getValue()));
                member.path("required").forEach(required::add);
            }
            resolved.path("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), e.getValue()));
            resolved.path("required").forEach(required::add);
            return merged;
        }
        return resolved;
    }

    private void walk(JsonNode object, String prefix, List<Variant> out, int depth) {
        JsonNode properties = object.path("properties");
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            JsonNode property = resolve(entry.getValue());
            boolean isRequired = required.contains(name);
            for (Map.Entry<String, JsonNode> bad : values(property, isRequired).entrySet()) {
                out.add(new Variant(bad.getKey(), path, body(path, bad.getValue())));
            }
            if (isRequired) {
                out.add(new Variant("missing", path, missing(path)));
            }
            if (depth < MAX_DEPTH && "object".equals(type(property)) && property.has("properties")) {
                walk(property, path, out, depth + 1);
            }
            if (depth < MAX_DEPTH && "array".equals(type(property))) {
                JsonNode items = resolve(property.path("items"));
                if ("object".equals(type(items)) && items.has("properties")) {
                    walk(items, path + "[0]", out, depth + 1);
                }
            }
        }
    }

    /** The invalid values a property's declaration asks for, by kind of variant. */
    private static Map<String, JsonNode> values(JsonNode property, boolean required) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = type(property);
        String format = property.path("format").asText("");
        switch (type) {
            case "string" -> {
                values.put("wrong-type(object for string)", NODES.objectNode().put("x", 1));
                if (property.has("enum")) {
                    values.put(
                            "bad-enum",
                            NODES.textNode(
                                    "NOT_A_" + property.path("enum").path(0).asText("VALUE")));
                } else if ("date".equals(format)) {
                    values.put("bad-date", NODES.textNode("2027-02-30"));
                    values.put("bad-date(format)", NODES.textNode("2027/03/01"));
                    values.put("unicode(full-width digits)", NODES.textNode("２０２７-０３-０１"));
                } else if ("date-time".equals(format)) {
                    values.put("bad-date-time", NODES.textNode("2027-03-01T25:61:00+08:00"));
                    values.put("bad-date-time(no time)", NODES.textNode("2027-03-01"));
                } else if (!"binary".equals(format)) {
                    values.put("unicode(NUL)", NODES.textNode("a\u0000b"));
                    values.put("unicode(lone surrogate)", NODES.textNode(LONE_SURROGATE));
                }
                if (property.has("maxLength")) {
                    int max = property.path("maxLength").asInt();
                    values.put("over-long(maxLength+1)", NODES.textNode("长".repeat(max + 1)));
                    values.put("over-long(maxLength+1, 4-byte emoji)", NODES.textNode("😀".repeat(max + 1)));
                }
                if (property.path("minLength").asInt(0) > 0) {
                    values.put("too-short(minLength-1)", NODES.textNode(""));
                }
            }
            case "integer", "number" -> {
                values.put("wrong-type(string for number)", NODES.textNode("abc"));
                values.put("wrong-type(object for number)", NODES.objectNode().put("x", 1));
                if ("int32".equals(format)) {
                    values.put("out-of-range(past int32)", NODES.numberNode(3_000_000_000L));
                }
                if ("integer".equals(type)) {
                    values.put("wrong-type(fraction for integer)", NODES.numberNode(1.5));
                    values.put("unicode(full-width digits)", NODES.textNode("１２３"));
                }
                if (property.has("maximum")) {
                    values.put(
                            "out-of-range(maximum+1)",
                            NODES.numberNode(
                                    property.path("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
                }
                if (property.has("minimum")) {
                    values.put(
                            "out-of-range(minimum-1)",
                            NODES.numberNode(
                                    property.path("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
                }
            }
            case "boolean" -> {
                values.put("wrong-type(number for boolean)", NODES.numberNode(2));
                values.put("wrong-type(object for boolean)", NODES.objectNode().put("x", 1));
            }
            case "array" -> {
                values.put("wrong-type(string for array)", NODES.textNode("x"));
                JsonNode items = property.path("items");
                if (property.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= property.path("maxItems").asInt(); i++) {
                        many.add(sample(items));
                    }
                    values.put("too-many-items(maxItems+1)", many);
                }
                values.put("null-item", NODES.arrayNode().addNull());
            }
            case "object" -> values.put("wrong-type(string for object)", NODES.textNode("x"));
            default -> {}
        }
        if (required) {
            values.put("null-required", NODES.nullNode());
        }
        return values;
    }

    /** A plausible item for an over-full array (its validity does not matter: the count is the error). */
    private static JsonNode sample(JsonNode items) {
        return switch (type(items)) {
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "object" -> NODES.objectNode();
            default -> NODES.textNode("x");
        };
    }

    private static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.path("type").asText();
        }
        return schema.has("properties") || schema.has("additionalProperties") ? "object" : "";
    }

    /** A body holding only {@code value} at {@code path} (dots for objects, {@code [0]} for the first item). */
    private static String body(String path, JsonNode value) {
        ObjectNode root = NODES.objectNode();
        ObjectNode at = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean item = part.endsWith("[0]");
            String name = item ? part.substring(0, part.length() - 3) : part;
            if (i == parts.length - 1 && item) {
                at.putArray(name).add(value);
            } else if (i == parts.length - 1) {
                at.set(name, value);
            } else if (item) {
                at = at.putArray(name).addObject();
            } else {
                at = at.putObject(name);
            }
        }
        return write(root);
    }

    /** A body whose parent object of {@code path} is present but empty, so the required property is absent. */
    private static String missing(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return "{}";
        }
        String parent = path.substring(0, dot);
        return body(parent, NODES.objectNode());
    }

    private static String write(JsonNode root) {
        try {
            return JSON.writeValueAsString(root)
                    .replace(JSON.writeValueAsString(LONE_SURROGATE).replace("\"", ""), "\\ud800");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
