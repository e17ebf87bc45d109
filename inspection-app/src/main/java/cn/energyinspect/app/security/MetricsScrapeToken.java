package cn.energyinspect.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The secret a Prometheus server sends to read {@code GET /actuator/prometheus}, and nothing else: a monitoring host
 * then holds no administrator's credential (which could manage users) and no token that expires every few hours.
 * Set {@code energyinspect.metrics.scrape-token} ({@code ENERGYINSPECT_METRICS_SCRAPETOKEN}, at least 32 characters,
 * from the environment); unset, only province administrators read the metrics.
 *
 * @param scrapeToken the shared secret, or null (off)
 */
@ConfigurationProperties("energyinspect.metrics")
public record MetricsScrapeToken(String scrapeToken) {
    static final String ROLE = "METRICS_SCRAPER";
    static final String PATH = "/actuator/prometheus";
    private static final int MIN_LENGTH = 32;

    public MetricsScrapeToken {
        scrapeToken = scrapeToken == null || scrapeToken.isBlank() ? null : scrapeToken.strip();
        if (scrapeToken != null && scrapeToken.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "energyinspect.metrics.scrape-token must have at least " + MIN_LENGTH + " characters");
        }
    }

    /** The scraper's authentication when {@code request} reads the metrics with this token, or null. */
    Authentication authenticate(HttpServletRequest request, String bearerToken) {
        boolean metrics = "GET".equals(request.getMethod())
                && PATH.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
        if (scrapeToken == null || !metrics || !sameSecret(bearerToken)) {
            return null;
        }
        return new UsernamePasswordAuthenticationToken(
                "metrics-scraper", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    /** Compared as hashes in constant time: the answer's timing says nothing about how much of a guess was right. */
    private boolean sameSecret(String candidate) {
        return MessageDigest.isEqual(sha256(scrapeToken), sha256(candidate));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
