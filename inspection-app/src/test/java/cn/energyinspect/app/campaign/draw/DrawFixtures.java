package cn.energyinspect.app.campaign.draw;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Random but seeded pools, rosters and parameters for the property tests, and an independent HMAC oracle. */
final class DrawFixtures {
    static final LocalDate DRAW_DATE = LocalDate.of(2026, 11, 24);
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private DrawFixtures() {}

    static String uscc(Random random) {
        var text = new StringBuilder(18);
        for (int i = 0; i < 18; i++) {
            text.append(USCC_CHARS.charAt(random.nextInt(USCC_CHARS.length())));
        }
        return text.toString();
    }

    static PoolSnapshot pool(Random random, int size, int counties) {
        var candidates = new ArrayList<Candidate>();
        var usccs = new HashSet<String>();
        while (candidates.size() < size) {
            var uscc = uscc(random);
            if (!usccs.add(uscc)) {
                continue;
            }
            var lastInspected = random.nextInt(3) == 0 ? null : DRAW_DATE.minusDays(random.nextInt(3 * 365));
            candidates.add(new Candidate(
                    uscc,
                    "企业\t" + candidates.size(),
                    "3301" + String.format("%02d", random.nextInt(counties)),
                    "C" + (30 + random.nextInt(4)),
                    String.valueOf("ABCD".charAt(random.nextInt(4))),
                    lastInspected,
                    random.nextInt(50) == 0));
        }
        return new PoolSnapshot(candidates);
    }

    /** Inspectors with random loads, some expired certificates, and conflicts with random pool members. */
    static InspectorRoster roster(Random random, int size, PoolSnapshot pool) {
        var inspectors = new ArrayList<Inspector>();
        var all = pool.candidates();
        for (int i = 0; i < size; i++) {
            Set<String> conflicts = new HashSet<>();
            Set<String> last = new HashSet<>();
            for (int k = random.nextInt(4); k > 0 && !all.isEmpty(); k--) {
                conflicts.add(all.get(random.nextInt(all.size())).uscc());
                last.add(all.get(random.nextInt(all.size())).uscc());
            }
            var validUntil = random.nextInt(10) == 0 ? DRAW_DATE.minusDays(1) : DRAW_DATE.plusYears(2);
            inspectors.add(new Inspector("inspector" + i, "ZJ-" + i, validUntil, conflicts, last, random.nextInt(5)));
        }
        return new InspectorRoster(inspectors);
    }

    static DrawParameters parameters(Random random) {
        var dims = new ArrayList<>(List.of(StratumDimension.values()));
        java.util.Collections.shuffle(dims, random);
        var stratifyBy = dims.subList(0, random.nextInt(dims.size() + 1));
        var ratio = BigDecimal.valueOf(1 + random.nextInt(40), 2);
        Map<String, Integer> counts = Map.of();
        if (stratifyBy.equals(List.of(StratumDimension.RISK_CLASS))) {
            counts = Map.of("A", 1, "D", 4);
        }
        return new DrawParameters(DRAW_DATE, stratifyBy, ratio, counts, random.nextInt(3) * 6, 2 + random.nextInt(2));
    }

    static Seed seed(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new Seed(HexFormat.of().formatHex(bytes));
    }

    /** HMAC-SHA-256 computed here, independently of the production code. */
    static String hmac(Seed seed, String message) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(seed.hex()), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** One random but feasible scenario: a roster large enough that every target gets a team. */
    record Scenario(Seed seed, PoolSnapshot pool, InspectorRoster roster, DrawParameters parameters) {
        DrawResult draw() {
            return VerifiableDraw.run(seed, pool, roster, parameters);
        }

        PublishedDraw publish() {
            return VerifiableDraw.runAndPublish(seed, pool, roster, parameters);
        }
    }

    static Scenario scenario(Random random) {
        var pool = pool(random, 20 + random.nextInt(300), 1 + random.nextInt(6));
        return new Scenario(seed(random), pool, roster(random, 12 + random.nextInt(20), pool), parameters(random));
    }
}
