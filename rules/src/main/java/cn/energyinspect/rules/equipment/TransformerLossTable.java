package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * GB 20052 maximum no-load loss P0 and load loss Pk per grade (transformer-losses.csv). Each loss is graded on its own
 * and the worse grade decides: a unit reaches a grade only if both losses are within it (the "both" wording is
 * UNCONFIRMED). A row is chosen by voltage, insulation, core, rated capacity and, where the table distinguishes them, the
 * connection group (10 kV oil below 630 kVA), the insulation class (dry-type) and the tap changer (35 kV).
 */
final class TransformerLossTable implements EfficiencyGrader {
    static final Set<String> INSULATIONS = Set.of("OIL", "DRY");
    static final Set<String> CORE_MATERIALS = Set.of("ELECTRICAL_STEEL", "AMORPHOUS_ALLOY");
    static final Set<String> CONNECTION_GROUPS = Set.of("DYN11", "YZN11", "YYN0");
    static final Set<String> INSULATION_CLASSES = Set.of("B", "F", "H");
    static final Set<String> TAP_CHANGERS = Set.of("OFF_CIRCUIT", "ON_LOAD");

    private record Limit(
            String edition,
            String table,
            double voltageKv,
            String insulation,
            String coreMaterial,
            String tapChanger,
            double ratedKva,
            String loss,
            String connection,
            String insulationClass,
            int grade,
            double maxKw,
            Basis basis) {

        boolean connectionMatches(String group) {
            return connection.equals("ANY") || List.of(connection.split("_")).contains(group);
        }
    }

    private final List<Limit> limits;

    private TransformerLossTable(List<Limit> limits) {
        this.limits = List.copyOf(limits);
    }

    static TransformerLossTable load(String resource) {
        List<Limit> limits = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            Basis basis = row.basis();
            limits.add(new Limit(
                    basis.reference(),
                    row.get("table"),
                    row.decimal("voltage_kv"),
                    row.get("insulation"),
                    row.get("core_material"),
                    row.get("tap_changer"),
                    row.decimal("rated_kva"),
                    row.get("loss"),
                    row.get("connection"),
                    row.get("insulation_class"),
                    (int) row.decimal("grade"),
                    row.decimal("max_loss_kw"),
                    basis));
        }
        return new TransformerLossTable(limits);
    }

    @Override
    public EfficiencyCheck grade(EquipmentQuery q, Editions.Edition edition) {
        String reference = edition.basis().reference();
        String insulation = upper(q.insulation());
        String core = upper(q.coreMaterial());
        String unit = EfficiencyCheck.plain(q.voltageKv()) + " kV " + (insulation.equals("OIL") ? "油浸式" : "干式") + " "
                + EfficiencyCheck.plain(q.ratedCapacityKva()) + " kVA";
        List<Limit> candidates = new ArrayList<>();
        for (Limit limit : limits) {
            if (limit.edition().equals(reference)
                    && same(limit.voltageKv(), q.voltageKv())
                    && limit.insulation().equals(insulation)
                    && same(limit.ratedKva(), q.ratedCapacityKva())
                    && (limit.coreMaterial().equals("ANY")
                            || limit.coreMaterial().equals(core))) {
                candidates.add(limit);
            }
        }
        if (candidates.isEmpty()) {
            return EfficiencyCheck.noValues(
                    reference + " 未载入 " + unit + "（" + coreZh(core) + "）的损耗限值（已载入的 "
                            + EfficiencyCheck.plain(q.voltageKv()) + " kV 容量："
                            + loadedCapacities(reference, q.voltageKv(), insulation)
                            + " kVA）；须由监察人员判定",
                    List.of(edition.basis()));
        }
        List<Violation> violations = new ArrayList<>();
        String tap = upper(q.tapChanger());
        TreeSet<String> taps = new TreeSet<>();
        candidates.forEach(l -> taps.add(l.tapChanger()));
        if (tap == null && taps.size() > 1) {
            violations.add(new Violation("tapChanger", "必填：" + reference + " 按无励磁调压（OFF_CIRCUIT）与有载调压（ON_LOAD）分表"));
        }
        String group = upper(q.connectionGroup());
        boolean needsGroup = candidates.stream().anyMatch(l -> !l.connection().equals("ANY"));
        if (group == null && needsGroup) {
            violations.add(
                    new Violation("connectionGroup", "必填：" + reference + " 表1 按联结组别（DYN11 / YZN11 或 YYN0）给出负载损耗"));
        }
        String insulationClass = upper(q.insulationClass());
        boolean needsClass =
                candidates.stream().anyMatch(l -> !l.insulationClass().equals("ANY"));
        if (insulationClass == null && needsClass) {
            violations.add(new Violation("insulationClass", "必填：" + reference + " 表2 按绝缘耐热等级（B / F / H）给出负载损耗"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        double[] noLoad = {Double.NaN, Double.NaN, Double.NaN};
        double[] load = {Double.NaN, Double.NaN, Double.NaN};
        List<Basis> basis = new ArrayList<>();
        String table = null;
        for (Limit limit : candidates) {
            if (tap != null && !limit.tapChanger().equals(tap)
                    || group != null && !limit.connectionMatches(group)
                    || insulationClass != null
                            && !limit.insulationClass().equals("ANY")
                            && !limit.insulationClass().equals(insulationClass)) {
                continue;
            }
            (limit.loss().equals("NO_LOAD") ? noLoad : load)[limit.grade() - 1] = limit.maxKw();
            table = limit.table();
            if (!basis.contains(limit.basis())) {
                basis.add(limit.basis());
            }
        }
        for (int g = 0; g < 3; g++) {
            if (Double.isNaN(noLoad[g]) || Double.isNaN(load[g])) {
                return EfficiencyCheck.noValues(
                        reference + " 未载入 " + unit
                                + (tap == null ? "" : "（" + (tap.equals("ON_LOAD") ? "有载调压" : "无励磁调压") + "）")
                                + " 的完整损耗限值；须由监察人员判定",
                        List.of(edition.basis()));
            }
        }
        IndicatorGrade p0 = IndicatorGrade.grade("noLoadLoss", "空载损耗", "kW", false, q.noLoadLossKw(), noLoad);
        IndicatorGrade pk = IndicatorGrade.grade("loadLoss", "负载损耗", "kW", false, q.loadLossKw(), load);
        String prefix = reference + " " + table + " " + unit + "（" + coreZh(core) + "）：";
        List<String> reasons = List.of(
                prefix + EfficiencyCheck.describe(p0), prefix + EfficiencyCheck.describe(pk), "两项损耗分别判级，取较差者为变压器能效等级");
        return EfficiencyCheck.graded(List.of(p0, pk), reasons, basis);
    }

    private String loadedCapacities(String reference, double voltageKv, String insulation) {
        TreeSet<Double> capacities = new TreeSet<>();
        for (Limit limit : limits) {
            if (limit.edition().equals(reference)
                    && same(limit.voltageKv(), voltageKv)
                    && limit.insulation().equals(insulation)) {
                capacities.add(limit.ratedKva());
            }
        }
        if (capacities.isEmpty()) {
            return "无";
        }
        return EfficiencyCheck.plain(capacities.first()) + "～" + EfficiencyCheck.plain(capacities.last()) + "（"
                + capacities.size() + " 档）";
    }

    private static String coreZh(String core) {
        return "AMORPHOUS_ALLOY".equals(core) ? "非晶合金铁心" : "电工钢带铁心";
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }
}
