package cn.energyinspect.app.campaign.draw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The byte-exact text that is hashed for the commitment (docs/draw-algorithm.md, "Canonical formats"). UTF-8, one
 * record per line, every line ending in LF, fields separated by TAB, records in canonical order, a version line
 * first. Free text escapes backslash, TAB, LF and CR; codes cannot contain them (see {@link Codes}).
 */
public final class CanonicalForm {
    static final String POOL_HEADER = "energyinspect-draw-pool/1";
    static final String INSPECTORS_HEADER = "energyinspect-draw-inspectors/1";
    static final String PARAMETERS_HEADER = "energyinspect-draw-parameters/1";
    private static final String NONE = "-";

    private CanonicalForm() {}

    public static String of(PoolSnapshot pool) {
        var text = new StringBuilder(POOL_HEADER).append('\n');
        for (var c : pool.candidates()) {
            line(
                    text,
                    c.uscc(),
                    escape(c.name()),
                    c.countyCode(),
                    c.industryCode(),
                    c.riskClass(),
                    date(c.lastInspectedOn()),
                    Boolean.toString(c.named()));
        }
        return text.toString();
    }

    public static String of(InspectorRoster roster) {
        var text = new StringBuilder(INSPECTORS_HEADER).append('\n');
        for (var i : roster.inspectors()) {
            line(
                    text,
                    i.username(),
                    escape(i.certificateNo()),
                    date(i.certificateValidUntil()),
                    list(i.conflicts()),
                    list(i.lastInspected()),
                    Integer.toString(i.currentLoad()));
        }
        return text.toString();
    }

    public static String of(DrawParameters p) {
        var text = new StringBuilder(PARAMETERS_HEADER).append('\n');
        text.append("drawDate=").append(p.drawDate()).append('\n');
        text.append("stratifyBy=")
                .append(p.stratifyBy().stream().map(Enum::name).collect(Collectors.joining(",")))
                .append('\n');
        text.append("ratio=").append(ratio(p.ratio())).append('\n');
        text.append("excludeInspectedWithinMonths=")
                .append(p.excludeInspectedWithinMonths())
                .append('\n');
        text.append("teamSize=").append(p.teamSize()).append('\n');
        p.countPerStratum()
                .forEach((key, count) -> text.append("count.")
                        .append(escape(key))
                        .append('=')
                        .append(count)
                        .append('\n'));
        return text.toString();
    }

    static String ratio(BigDecimal ratio) {
        return ratio == null ? NONE : ratio.stripTrailingZeros().toPlainString();
    }

    private static void line(StringBuilder text, String... fields) {
        text.append(String.join("\t", fields)).append('\n');
    }

    private static String date(LocalDate date) {
        return date == null ? NONE : date.toString();
    }

    private static String list(Collection<String> sorted) {
        return String.join(",", sorted);
    }

    static String escape(String free) {
        return free.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
