package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Interval;
import java.util.HashMap;
import java.util.Map;

/** One row of corrections.csv, parsed once: a correction of one grade (or all grades) of one edition. */
final class CorrectionRule {
    final CorrectionKind kind;
    final String condition;
    /** 1..3, or 0 for every grade. */
    final int grade;

    final boolean required;
    final Basis basis;
    /** {@code KIND params}, shown in each {@link Correction}. */
    final String rule;
    /** How a result names this correction when its basis is UNCONFIRMED (built once, not per grading). */
    final String unconfirmedLabel;

    private final double coef;
    private final double ref;
    private final double minDelta;
    private final double maxDelta;
    private final double amount;
    private final double factor;
    private final double aboveAltitude;
    private final double a;
    private final double b;
    private final double p0;
    final String pressureCondition;
    private final Interval range;
    /** INTERPOLATE: the table's points, x ascending. */
    private final double[] xs;

    private final double[] ys;

    CorrectionRule(CorrectionKind kind, String condition, int grade, boolean required, String params, Basis basis) {
        this.kind = kind;
        this.condition = condition;
        this.grade = grade;
        this.required = required;
        this.basis = basis;
        this.rule = params.isBlank() ? kind.name() : kind + " " + params;
        this.unconfirmedLabel = basis.reference() + " correction " + rule + " on " + condition;
        Map<String, String> p = parse(kind, params);
        this.coef = number(p, "coef", 0);
        this.ref = number(p, "ref", 0);
        this.minDelta = number(p, "minDelta", Double.NEGATIVE_INFINITY);
        this.maxDelta = number(p, "maxDelta", Double.POSITIVE_INFINITY);
        this.amount = number(p, "amount", 0);
        this.factor = number(p, "factor", 1);
        this.aboveAltitude = number(p, "aboveAltitude", 0);
        this.a = number(p, "a", 1);
        this.b = number(p, "b", 0);
        this.p0 = number(p, "p0", 1);
        this.pressureCondition = p.get("pressure");
        this.range = p.containsKey("range") ? Interval.parse(p.get("range")) : null;
        if (p.containsKey("points")) {
            String[] points = p.get("points").split("\\|");
            if (points.length < 2) {
                throw new IllegalArgumentException("INTERPOLATE needs at least two points: " + p.get("points"));
            }
            xs = new double[points.length];
            ys = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                String[] xy = points[i].split(":");
                if (xy.length != 2) {
                    throw new IllegalArgumentException("point is not x:y: " + points[i]);
                }
                xs[i] = Double.parseDouble(xy[0].trim());
                ys[i] = Double.parseDouble(xy[1].trim());
                if (i > 0 && xs[i] <= xs[i - 1]) {
                    throw new IllegalArgumentException("points must be in ascending x: " + p.get("points"));
                }
            }
        } else {
            xs = null;
            ys = null;
        }
    }

    boolean appliesToGrade(int g) {
        return grade == 0 || grade == g;
    }

    /**
     * The corrected limit, or {@code NaN} when the correction does not apply to this input (flag 0, outside the range,
     * below the altitude). The caller has checked that the conditions it needs are present and in range.
     */
    double apply(double limit, double x, Map<String, Double> conditions) {
        switch (kind) {
            case LINEAR -> {
                double delta = Math.min(maxDelta, Math.max(minDelta, x - ref));
                return limit + coef * delta;
            }
            case FLAG_ADD -> {
                return x == 1 ? limit + amount : Double.NaN;
            }
            case FLAG_FACTOR -> {
                return x == 1 ? limit * factor : Double.NaN;
            }
            case RANGE_ADD -> {
                return range.contains(x) ? limit + amount : Double.NaN;
            }
            case RANGE_FACTOR -> {
                return range.contains(x) ? limit * factor : Double.NaN;
            }
            case FACTOR -> {
                return x == 1 ? Double.NaN : limit * x;
            }
            case ADD -> {
                return x == 0 ? Double.NaN : limit + x;
            }
            case INTERPOLATE -> {
                double y = interpolate(x);
                return y == 0 ? Double.NaN : limit + y;
            }
            case ALTITUDE_PRESSURE -> {
                if (!needsPressure(x)) {
                    return Double.NaN;
                }
                return limit * (a - b * conditions.get(pressureCondition) / p0);
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** Whether {@code x} (the altitude) is high enough for the pressure to be needed. */
    boolean needsPressure(double x) {
        return kind == CorrectionKind.ALTITUDE_PRESSURE && x > aboveAltitude;
    }

    double aboveAltitude() {
        return aboveAltitude;
    }

    /** For INTERPOLATE: whether {@code x} lies within the table (first to last point, inclusive). */
    boolean withinTable(double x) {
        return xs == null || x >= xs[0] && x <= xs[xs.length - 1];
    }

    /** {@code [21, 28]}: the table's x range, for messages. */
    String tableRange() {
        return xs == null ? "" : "[" + plain(xs[0]) + ", " + plain(xs[xs.length - 1]) + "]";
    }

    private double interpolate(double x) {
        for (int i = 1; i < xs.length; i++) {
            if (x <= xs[i]) {
                return ys[i - 1] + (ys[i] - ys[i - 1]) * (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
            }
        }
        return ys[ys.length - 1];
    }

    private static String plain(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }

    private static Map<String, String> parse(CorrectionKind kind, String params) {
        Map<String, String> map = new HashMap<>();
        for (String pair : params.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("param without '=': " + pair);
            }
            String key = pair.substring(0, eq).trim();
            if (!kind.requiredParams.contains(key) && !kind.optionalParams.contains(key)) {
                throw new IllegalArgumentException(kind + " has no param '" + key + "'");
            }
            map.put(key, pair.substring(eq + 1).trim());
        }
        for (String key : kind.requiredParams) {
            if (!map.containsKey(key)) {
                throw new IllegalArgumentException(kind + " needs param '" + key + "'");
            }
        }
        return map;
    }

    private static double number(Map<String, String> params, String key, double otherwise) {
        String value = params.get(key);
        return value == null || "pressure".equals(key) || "range".equals(key) || "points".equals(key)
                ? otherwise
                : Double.parseDouble(value);
    }
}
