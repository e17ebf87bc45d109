package cn.energyinspect.app.campaign.draw;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON form of a {@link PublishedDraw}. The JSON is only a container: the hashes are over the canonical text
 * ({@link CanonicalForm}), so key order or whitespace in the file do not matter.
 */
public final class DrawFile {
    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final JsonMapper COMPACT =
            JSON.rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();

    private DrawFile() {}

    public static String toJson(PublishedDraw draw) {
        try {
            return JSON.writeValueAsString(draw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One part of a draw (pool, roster, parameters, result) as compact JSON, the form the database keeps. */
    public static String partToJson(Object part) {
        try {
            return COMPACT.writeValueAsString(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a part written by {@link #partToJson}; the stored text is ours, so a failure is a bug. */
    public static <T> T partFromJson(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored draw part is not a " + type.getSimpleName(), e);
        }
    }

    public static PublishedDraw fromJson(String json) throws IOException {
        return JSON.readValue(json, PublishedDraw.class);
    }

    public static PublishedDraw read(Path file) throws IOException {
        return fromJson(Files.readString(file));
    }

    public static void write(PublishedDraw draw, Path file) throws IOException {
        Files.writeString(file, toJson(draw));
    }
}
