package cn.energyinspect.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client library never sends: {@code //} and {@code ;} in a
 * path, encoded slashes, a NUL byte in a header, a body cut short or one that stops arriving.
 */
public final class RawHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {}

    /**
     * A response with the times from the first byte sent to the first byte of the answer ({@code took}) and to the end
     * of the connection ({@code closed}).
     */
    public record Reply(int status, Map<String, String> headers, String body, Duration took, Duration closed) {
        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }

    /** A request head with {@code Connection: close}; {@code headers} may be empty. */
    public static byte[] head(String method, String target, Map<String, String> headers, long contentLength) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (contentLength >= 0) {
            head.append("Content-Length: ").append(contentLength).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends {@code head} and {@code body} (all of it) and reads the whole response. */
    public static Reply send(int port, byte[] head, byte[] body) {
        return exchange(port, head, body, Duration.ofSeconds(60));
    }

    /**
     * Sends {@code head} and the first bytes of a body that the head announces as longer, then keeps the connection
     * open without sending more, waiting up to {@code patience} for the server's answer.
     */
    public static Reply stall(int port, byte[] head, byte[] partOfBody, Duration patience) {
        return exchange(port, head, partOfBody, patience);
    }

    private static Reply exchange(int port, byte[] head, byte[] body, Duration patience) {
        long t0 = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(Math.toIntExact(patience.toMillis()));
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            int first = in.read();
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            if (first >= 0) {
                response.write(first);
                response.writeBytes(readAll(in));
            }
            return parse(response.toByteArray(), took, Duration.ofNanos(System.nanoTime() - t0));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "after " + Duration.ofNanos(System.nanoTime() - t0).toMillis() + " ms", e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }

    private static Reply parse(byte[] response, Duration took, Duration closed) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete HTTP response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        byte[] rawBody = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(rawBody) : rawBody;
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8), took, closed);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
