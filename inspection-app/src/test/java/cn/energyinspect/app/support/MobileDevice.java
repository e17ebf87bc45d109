package cn.energyinspect.app.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An inspector's device talking to {@code /mobile/v1} as the app does: commands with request ids, files with hashes. */
public final class MobileDevice {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public final Api api;
    private final int port;
    private final long caseId;

    public MobileDevice(int port, Api api, long caseId) {
        this.port = port;
        this.api = api;
        this.caseId = caseId;
    }

    public String path(String rest) {
        return "/mobile/v1/inspections/" + caseId + rest;
    }

    public Api.Response bundle() {
        return api.get(path("/bundle"));
    }

    public Api.Response sync() {
        return api.get(path("/sync"));
    }

    public Api.Response answers(String requestId, Map<String, ?> answers, Map<String, Integer> baseVersions) {
        return api.put(
                path("/answers"),
                Map.of("clientRequestId", requestId, "answers", answers, "baseVersions", baseVersions));
    }

    /** A photo (or file) with the hash the device computed from {@code content}. */
    public Api.Response photo(String requestId, String name, byte[] content, String caption) {
        return upload(requestId, name, content, meta("PHOTO", sha256(content), caption, null, null));
    }

    /** A signature PNG by {@code signer} ({@code REPRESENTATIVE} or {@code INSPECTOR}). */
    public Api.Response signature(String requestId, String role, String signer, byte[] png) {
        return upload(requestId, "签名-" + signer + ".png", png, meta("SIGNATURE", sha256(png), null, role, signer));
    }

    public static Map<String, Object> meta(String kind, String sha256, String caption, String role, String signer) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("kind", kind);
        meta.put("sha256", sha256);
        meta.put("caption", caption);
        meta.put("itemCode", "PHOTO".equals(kind) ? "SITE_PHOTOS" : null);
        meta.put("takenAt", "2026-06-01T01:40:00Z");
        meta.put(
                "position",
                Map.of(
                        "latitude",
                        30.2590,
                        "longitude",
                        120.1300,
                        "accuracyMeters",
                        12.5,
                        "at",
                        "2026-06-01T01:40:00Z"));
        meta.put("signerRole", role);
        meta.put("signer", signer);
        return meta;
    }

    /** Sends the {@code file} and {@code meta} parts as the app's FormData does. */
    public Api.Response upload(String requestId, String name, byte[] content, Map<String, Object> meta) {
        try {
            String boundary = "----mobile" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"; filename=\"blob\"\r\n"
                            + "Content-Type: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(JSON.writeValueAsBytes(meta));
            body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + path("/evidence?clientRequestId="
                                    + java.net.URLEncoder.encode(requestId, StandardCharsets.UTF_8))))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + api.token())
                    .header("Accept", "application/json, application/problem+json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Api.Response record(String requestId, Map<String, Object> record) {
        return api.post(path("/record"), Map.of("clientRequestId", requestId, "record", record));
    }

    /**
     * The signed record of a visit on 1 June 2026 (09:30–11:30 in China) naming {@code photos} and {@code
     * signatures} ({@code [role, signer, sha256]}), with a GPS fix at the start and none at the end.
     */
    public static Map<String, Object> signedRecord(List<String> photos, List<List<String>> signatures) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("enterpriseRepresentative", "王厂长");
        record.put("representativeSigned", true);
        record.put("inspectorsSigned", true);
        record.put("place", "熟料车间");
        record.put("startedAt", "2026-06-01T01:30:00Z");
        record.put("endedAt", "2026-06-01T03:30:00Z");
        record.put("evidence", photos.stream().map(h -> Map.of("sha256", h)).toList());
        record.put(
                "signatures",
                signatures.stream()
                        .map(s -> Map.of("role", s.get(0), "signer", s.get(1), "sha256", s.get(2)))
                        .toList());
        record.put(
                "start",
                Map.of(
                        "latitude",
                        30.2590,
                        "longitude",
                        120.1300,
                        "accuracyMeters",
                        8.0,
                        "at",
                        "2026-06-01T01:30:00Z"));
        record.put("end", Map.of("noFix", "定位超时（车间内无信号）"));
        return record;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small PNG unlike any other made by this method ({@code seed} colours it). */
    public static byte[] png(int seed) {
        try {
            var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(seed % 8, (seed / 8) % 8, 0xFFFFFF - seed);
            image.setRGB(0, 0, seed & 0xFFFFFF);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
