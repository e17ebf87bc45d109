package cn.energyinspect.app.security;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Camunda's own REST API at {@code /engine-rest} ({@code energyinspect.camunda.rest.enabled}): {@code false} (the
 * default) answers 404 for all of it; {@code read-only} lets province administrators read it (GET and HEAD) for
 * operations. It is never writable: changes go through the application's API, its checks and its audit. Cockpit
 * under {@code /camunda} is not affected.
 *
 * @param enabled {@code false} or {@code read-only}
 */
@ConfigurationProperties("energyinspect.camunda.rest")
public record CamundaRestProperties(String enabled) {
    public enum Mode {
        OFF,
        READ_ONLY
    }

    public CamundaRestProperties {
        enabled = enabled == null || enabled.isBlank() ? "false" : enabled.trim();
        mode(enabled);
    }

    public Mode mode() {
        return mode(enabled);
    }

    private static Mode mode(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "false", "off" -> Mode.OFF;
            case "read-only", "readonly", "read_only" -> Mode.READ_ONLY;
            default ->
                throw new IllegalArgumentException(
                        "energyinspect.camunda.rest.enabled must be false or read-only (the Camunda REST API is never"
                                + " writable here); got '" + value + "'");
        };
    }
}
