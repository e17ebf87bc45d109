package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import cn.energyinspect.rules.benchmark.BenchmarkLevel;
import cn.energyinspect.rules.benchmark.BenchmarkResult;
import cn.energyinspect.rules.energy.ConversionResult;
import cn.energyinspect.rules.energy.EnergyAccounting;
import cn.energyinspect.rules.energy.ItemResult;
import cn.energyinspect.rules.equipment.EfficiencyOutcome;
import cn.energyinspect.rules.equipment.Elimination;
import cn.energyinspect.rules.equipment.EquipmentConformity;
import cn.energyinspect.rules.equipment.EquipmentQuery;
import cn.energyinspect.rules.equipment.EquipmentResult;
import cn.energyinspect.rules.equipment.EquipmentType;
import cn.energyinspect.rules.quota.Correction;
import cn.energyinspect.rules.quota.EditionAvailability;
import cn.energyinspect.rules.quota.QuotaGrading;
import cn.energyinspect.rules.quota.QuotaIndicator;
import cn.energyinspect.rules.quota.QuotaQuery;
import cn.energyinspect.rules.quota.QuotaResult;
import cn.energyinspect.rules.tariff.TariffConsequence;
import cn.energyinspect.rules.tariff.TariffConsequences;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every automatic check of one 能源利用状况报告 (programmes.md §4.2), each a {@link Verdict} with the numbers compared
 * and its basis. Figures that do not add up are verdicts, not errors: the report is the enterprise's declaration and is
 * accepted as filed. Only a report the rules cannot read at all (an unknown energy type, product or equipment field) is
 * refused, by {@link #validate}, listing every field. Immutable and thread-safe; reads no file after loading and takes
 * no clock.
 */
public final class ReportChecks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EnergyAccounting energy;
    private final QuotaGrading quota;
    private final EquipmentConformity equipment;
    private final TariffConsequences tariffs;
    private final Map<String, QuotaIndicator> indicators = new HashMap<>();

    ReportChecks(
            EnergyAccounting energy, QuotaGrading quota, EquipmentConformity equipment, TariffConsequences tariffs) {
        this.energy = energy;
        this.quota = quota;
        this.equipment = equipment;
        this.tariffs = tariffs;
        quota.indicators().forEach(i -> indicators.put(i.product() + "/" + i.indicator(), i));
    }

    /** The checks on the library's own data. */
    public static ReportChecks standard() {
        return Holder.STANDARD;
    }

    /** The last day of the report year: the date the quota and equipment editions are chosen by. */
    public static LocalDate factDate(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /**
     * What keeps the report from being checked at all, each naming its field: an unknown energy type or unit, a
     * negative quantity, an unknown product or indicator, a wrong unit, an unknown correction condition, an equipment
     * row missing what its type needs. An empty list means {@link #check} can run.
     */
    public List<Violation> validate(ReportFigures report) {
        List<Violation> violations = new ArrayList<>();
        if (!report.energy().isEmpty()) {
            try {
                energy.convert(report.energy(), report.electricityBasis(), report.equalValueCoefficient());
            } catch (InvalidInputException e) {
                e.violations()
                        .forEach(v ->
                                violations.add(new Violation(v.field().replaceFirst("^items", "energy"), v.message())));
            }
        }
        for (int i = 0; i < report.products().size(); i++) {
            ReportFigures.Product p = report.products().get(i);
            QuotaIndicator indicator = indicators.get(p.product() + "/" + p.indicator());
            String at = "products[" + i + "]";
            if (indicator == null) {
                violations.add(new Violation(at + ".indicator", "未知的产品或指标：" + p.product() + "/" + p.indicator()));
                continue;
            }
            if (quota.availability(p.product(), p.indicator(), factDate(report.year()))
                    .loaded()) {
                try {
                    quota.grade(new QuotaQuery(
                            p.product(), p.indicator(), p.value(), p.unit(), factDate(report.year()), p.conditions()));
                } catch (InvalidInputException e) {
                    e.violations().forEach(v -> violations.add(new Violation(at + "." + v.field(), v.message())));
                }
            } else if (!indicator.unit().equals(p.unit())) {
                violations.add(
                        new Violation(at + ".unit", "单位须为 " + indicator.unit() + "（" + indicator.nameZh() + "）"));
            } else if (!Double.isFinite(p.value()) || (p.value() < 0 && !indicator.negativeAllowed())) {
                violations.add(new Violation(at + ".value", indicator.nameZh() + "须为有限的非负数值"));
            }
            if (p.output() != null && (!Double.isFinite(p.output()) || p.output() < 0)) {
                violations.add(new Violation(at + ".output", "产量须为非负数值"));
            }
        }
        for (int i = 0; i < report.equipment().size(); i++) {
            try {
                equipment.check(report.equipment().get(i));
            } catch (InvalidInputException e) {
                String at = "equipment[" + i + "]";
                e.violations().forEach(v -> violations.add(new Violation(at + "." + v.field(), v.message())));
            }
        }
        return violations;
    }

    /**
     * Runs every check.
     *
     * @throws InvalidInputException when {@link #validate} finds the report unreadable
     */
    public ReportAssessment check(ReportFigures report, RuleSet rules) {
        List<Violation> invalid = validate(report);
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        List<Verdict> verdicts = new ArrayList<>();
        LocalDate date = factDate(report.year());
        ConversionResult conversion = null;
        if (!report.energy().isEmpty()) {
            conversion = energy.convert(report.energy(), report.electricityBasis(), report.equalValueCoefficient());
            conversion(report, conversion, rules, verdicts);
        }
        BigDecimal total = conversion != null
                ? conversion.totalTce()
                : report.declaredTotalTce() == null ? null : BigDecimal.valueOf(report.declaredTotalTce());
        uses(report, total, rules, verdicts);
        balance(report, rules, verdicts);
        for (int i = 0; i < report.products().size(); i++) {
            product(report, i, date, rules, verdicts);
        }
        for (int i = 0; i < report.equipment().size(); i++) {
            equipment(i, report.equipment().get(i), verdicts);
        }
        if (report.dataCentre() != null) {
            dataCentre(report, date, rules, verdicts);
        }
        management(report, rules, verdicts);
        return new ReportAssessment(
                verdicts,
                conversion == null ? null : conversion.totalTce(),
                conversion == null ? null : conversion.keyEnergyUnit(),
                conversion == null ? null : conversion.confidence());
    }

    private void conversion(ReportFigures report, ConversionResult conversion, RuleSet rules, List<Verdict> verdicts) {
        List<Basis> bases = new ArrayList<>();
        for (ItemResult item : conversion.items()) {
            if (!bases.contains(item.basis())) {
                bases.add(item.basis());
            }
        }
        BigDecimal recomputed = conversion.totalTce();
        verdicts.add(new Verdict(
                Checks.TCE_CONVERSION,
                VerdictOutcome.INFO,
                null,
                "表2",
                "energy",
                "综合能源消费量（按 GB/T 2589 折算）",
                recomputed,
                null,
                "tce",
                null,
                conversion.electricityBasis().name(),
                "按 GB/T 2589-2020 折标系数折算综合能源消费量 " + plain(recomputed) + " tce（电力按"
                        + (conversion.electricityBasis().name().equals("EQUAL_VALUE") ? "等价值" : "当量值") + "）",
                bases,
                conversion.confidence() == Confidence.UNCONFIRMED));
        var key = conversion.keyEnergyUnit();
        verdicts.add(new Verdict(
                Checks.KEY_UNIT,
                VerdictOutcome.INFO,
                null,
                "表1",
                "energy",
                "重点用能单位",
                key.annualTce(),
                key.keyUnitThresholdTce(),
                "tce",
                null,
                key.status().name(),
                switch (key.status()) {
                    case YES ->
                        "年综合能源消费量 " + plain(key.annualTce()) + " tce ≥ " + plain(key.keyUnitThresholdTce())
                                + " tce：重点用能单位";
                    case IF_DESIGNATED ->
                        "年综合能源消费量 " + plain(key.annualTce()) + " tce，在 "
                                + plain(key.designationThresholdTce()) + "–" + plain(key.keyUnitThresholdTce())
                                + " tce 之间：经指定为重点用能单位";
                    case NO ->
                        "年综合能源消费量 " + plain(key.annualTce()) + " tce < " + plain(key.designationThresholdTce())
                                + " tce：不属于重点用能单位";
                },
                key.basis(),
                false));
        if (report.declaredTotalTce() == null) {
            return;
        }
        DeskParameter tolerance = rules.parameter("TCE_TOLERANCE_PERCENT");
        BigDecimal declared = BigDecimal.valueOf(report.declaredTotalTce());
        Deviation d = deviation(declared, recomputed, tolerance);
        List<Basis> basis = new ArrayList<>(bases);
        basis.add(tolerance.basis());
        verdicts.add(new Verdict(
                Checks.TCE_DECLARED,
                d.beyond() ? VerdictOutcome.SIGNAL : VerdictOutcome.PASS,
                d.beyond() ? Signals.TCE_MISMATCH : null,
                "表2",
                "declaredTotalTce",
                "申报综合能源消费量",
                declared,
                recomputed,
                "tce",
                null,
                null,
                "申报 " + plain(declared) + " tce，按实物量折算 " + plain(recomputed) + " tce，偏差 " + plain(d.percent()) + "%"
                        + (d.beyond() ? "，超过" : "，未超过") + "允许偏差 "
                        + tolerance.value().toPlainString() + "%",
                basis,
                tolerance.unconfirmed() || conversion.confidence() == Confidence.UNCONFIRMED));
    }

    private static void uses(ReportFigures report, BigDecimal total, RuleSet rules, List<Verdict> verdicts) {
        if (report.usesTce().isEmpty() || total == null) {
            return;
        }
        DeskParameter tolerance = rules.parameter("USE_SUM_TOLERANCE_PERCENT");
        BigDecimal sum = BigDecimal.ZERO;
        for (Double use : report.usesTce()) {
            sum = sum.add(BigDecimal.valueOf(use == null ? 0 : use));
        }
        BigDecimal against = report.declaredTotalTce() == null ? total : BigDecimal.valueOf(report.declaredTotalTce());
        Deviation d = deviation(sum, against, tolerance);
        verdicts.add(new Verdict(
                Checks.USE_SUM,
                d.beyond() ? VerdictOutcome.SIGNAL : VerdictOutcome.PASS,
                d.beyond() ? Signals.USE_SUM_MISMATCH : null,
                "表2-1",
                "usesTce",
                "分用途能源消费合计",
                sum,
                against,
                "tce",
                null,
                null,
                "分用途合计 " + plain(sum) + " tce，综合能源消费量 " + plain(against) + " tce，偏差 " + plain(d.percent()) + "%"
                        + (d.beyond() ? "，超过" : "，未超过") + "允许偏差 "
                        + tolerance.value().toPlainString() + "%",
                List.of(tolerance.basis()),
                tolerance.unconfirmed()));
    }

    private static void balance(ReportFigures report, RuleSet rules, List<Verdict> verdicts) {
        ReportFigures.Balance balance = report.balance();
        if (balance == null) {
            return;
        }
        DeskParameter tolerance = rules.parameter("BALANCE_TOLERANCE_PERCENT");
        BigDecimal supply = BigDecimal.valueOf(balance.supply());
        BigDecimal demand = BigDecimal.valueOf(balance.demand());
        Deviation d = deviation(demand, supply, tolerance);
        verdicts.add(new Verdict(
                Checks.BALANCE,
                d.beyond() ? VerdictOutcome.SIGNAL : VerdictOutcome.PASS,
                d.beyond() ? Signals.BALANCE_MISMATCH : null,
                "表3",
                "balance",
                "能源实物平衡",
                demand,
                supply,
                "tce",
                null,
                null,
                "供入（购入 + 库存减少）" + plain(supply) + " tce，消费 + 损失 + 输出 " + plain(demand) + " tce，偏差 "
                        + plain(d.percent()) + "%" + (d.beyond() ? "，平衡不闭合（超过" : "，平衡闭合（未超过") + "允许偏差 "
                        + tolerance.value().toPlainString() + "%）",
                List.of(tolerance.basis()),
                tolerance.unconfirmed()));
    }

    private void product(ReportFigures report, int i, LocalDate date, RuleSet rules, List<Verdict> verdicts) {
        ReportFigures.Product p = report.products().get(i);
        QuotaIndicator indicator = indicators.get(p.product() + "/" + p.indicator());
        String at = "products[" + i + "]";
        String subject = indicator.productNameZh() + " " + indicator.nameZh();
        BigDecimal value = BigDecimal.valueOf(p.value());
        if (p.energy() != null && p.output() != null && p.output() > 0) {
            DeskParameter tolerance = rules.parameter("UNIT_CONSUMPTION_TOLERANCE_PERCENT");
            BigDecimal computed = BigDecimal.valueOf(p.energy())
                    .divide(BigDecimal.valueOf(p.output()), 6, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            Deviation d = deviation(value, computed, tolerance);
            verdicts.add(new Verdict(
                    Checks.UNIT_CONSUMPTION,
                    d.beyond() ? VerdictOutcome.SIGNAL : VerdictOutcome.PASS,
                    d.beyond() ? Signals.UNIT_CONSUMPTION_MISMATCH : null,
                    "表4",
                    at + ".value",
                    subject,
                    value,
                    computed,
                    p.unit(),
                    null,
                    null,
                    "申报 " + plain(value) + " " + p.unit() + "，能耗 ÷ 产量 = " + plain(computed) + " " + p.unit() + "，偏差 "
                            + plain(d.percent()) + "%" + (d.beyond() ? "，超过" : "，未超过") + "允许偏差 "
                            + tolerance.value().toPlainString() + "%",
                    List.of(tolerance.basis()),
                    tolerance.unconfirmed()));
        }
        EditionAvailability availability = quota.availability(p.product(), p.indicator(), date);
        if (!availability.loaded()) {
            verdicts.add(new Verdict(
                    Checks.QUOTA_GRADE,
                    VerdictOutcome.PENDING,
                    Signals.PENDING_GRADE,
                    "表4",
                    at + ".value",
                    subject,
                    value,
                    null,
                    p.unit(),
                    null,
                    availability.missingEdition(),
                    availability.message(),
                    List.of(),
                    true));
            previousYear(report, p, at, subject, rules, verdicts);
            // without the limit only the rules with a threshold of their own can apply (aluminium's tiered price)
            tariffs(report, p, at, subject, null, verdicts);
            return;
        }
        QuotaResult graded =
                quota.grade(new QuotaQuery(p.product(), p.indicator(), p.value(), p.unit(), date, p.conditions()));
        List<Basis> basis = new ArrayList<>();
        basis.add(graded.basis());
        for (Correction c : graded.corrections()) {
            if (!basis.contains(c.basis())) {
                basis.add(c.basis());
            }
        }
        Double limit = graded.limits().grade3();
        String corrections = graded.corrections().isEmpty() ? "" : "（已按修正条件修正限额）";
        verdicts.add(new Verdict(
                Checks.QUOTA_GRADE,
                graded.overQuota() ? VerdictOutcome.SIGNAL : VerdictOutcome.PASS,
                graded.overQuota() ? Signals.OVER_QUOTA : null,
                "表4",
                at + ".value",
                subject,
                value,
                limit == null ? null : BigDecimal.valueOf(limit),
                p.unit(),
                graded.grade(),
                graded.overQuota() ? "OVER_QUOTA" : "GRADE_" + graded.grade(),
                graded.overQuota()
                        ? plain(value) + " " + p.unit() + " 超过 "
                                + graded.basis().reference() + " 限定值 " + plain(limit) + " " + p.unit() + corrections
                                + "：超限额用能（节约能源法第十六条）"
                        : plain(value) + " " + p.unit() + " 达到 "
                                + graded.basis().reference() + " " + graded.grade() + " 级" + corrections,
                basis,
                graded.unconfirmed()));
        graded.benchmark().ifPresent(b -> benchmark(b, at, subject, verdicts));
        previousYear(report, p, at, subject, rules, verdicts);
        // the excess and ratio rules compare a figure over the limit; aluminium's tiered price has its own threshold
        tariffs(report, p, at, subject, graded.overQuota() ? limit : null, verdicts);
    }

    private static void benchmark(BenchmarkResult b, String at, String subject, List<Verdict> verdicts) {
        boolean below = b.level() == BenchmarkLevel.ABOVE_BASELINE;
        String position = switch (b.level()) {
            case AT_OR_BELOW_BENCHMARK -> "达到标杆水平（领跑）";
            case BETWEEN -> "基准与标杆之间（达标）";
            case ABOVE_BASELINE -> "未达到基准水平";
        };
        verdicts.add(new Verdict(
                Checks.BENCHMARK,
                below ? VerdictOutcome.SIGNAL : VerdictOutcome.INFO,
                below ? Signals.ABOVE_BASELINE : null,
                "表4",
                at + ".value",
                subject,
                BigDecimal.valueOf(b.value()),
                BigDecimal.valueOf(below ? b.baseline() : b.benchmark()),
                b.unit(),
                null,
                b.level().name(),
                position + "：标杆 " + plain(b.benchmark()) + "、基准 " + plain(b.baseline()) + " " + b.unit() + "（"
                        + b.basis().reference() + "）"
                        + (below && b.upgradeDeadline() != null ? "，须于 " + b.upgradeDeadline() + " 前完成改造升级或淘汰" : ""),
                List.of(b.basis()),
                b.unconfirmed()));
    }

    private static void previousYear(
            ReportFigures report,
            ReportFigures.Product p,
            String at,
            String subject,
            RuleSet rules,
            List<Verdict> verdicts) {
        if (p.previousValue() == null || p.previousValue() == 0) {
            return;
        }
        DeskParameter limit = rules.parameter("YOY_CHANGE_PERCENT");
        BigDecimal previous = BigDecimal.valueOf(p.previousValue());
        BigDecimal change = BigDecimal.valueOf(p.value())
                .subtract(previous)
                .multiply(HUNDRED)
                .divide(previous.abs(), 2, RoundingMode.HALF_UP);
        boolean beyond = change.abs().compareTo(limit.value()) > 0;
        boolean signal = beyond && !report.changeExplained();
        verdicts.add(new Verdict(
                Checks.YEAR_ON_YEAR,
                signal ? VerdictOutcome.SIGNAL : beyond ? VerdictOutcome.INFO : VerdictOutcome.PASS,
                signal ? Signals.YOY_CHANGE : null,
                "表5",
                at + ".value",
                subject,
                change,
                limit.value(),
                "%",
                null,
                null,
                "比上年 " + plain(previous) + " " + p.unit() + " 变化 " + plain(change) + "%"
                        + (!beyond
                                ? "，未超过 " + limit.value().toPlainString() + "%"
                                : report.changeExplained()
                                        ? "，表5已说明原因"
                                        : "，超过 " + limit.value().toPlainString() + "% 且表5未说明原因"),
                List.of(limit.basis()),
                limit.unconfirmed()));
    }

    private void tariffs(
            ReportFigures report,
            ReportFigures.Product p,
            String at,
            String subject,
            Double limit,
            List<Verdict> verdicts) {
        for (TariffConsequence t :
                tariffs.assess(p.product(), p.indicator(), p.value(), limit, report.year(), report.regionCode())) {
            verdicts.add(tariffVerdict(t, "表4", at + ".value", subject, p.unit()));
        }
    }

    private static Verdict tariffVerdict(TariffConsequence t, String table, String field, String subject, String unit) {
        return new Verdict(
                Checks.TARIFF,
                VerdictOutcome.SIGNAL,
                Signals.TARIFF_APPLIES,
                table,
                field,
                subject,
                t.value(),
                t.threshold(),
                unit,
                null,
                t.rule(),
                t.tariffYear() + " 年适用" + t.nameZh()
                        + (t.surchargeYuanPerKwh() == null
                                ? "（加价标准由价格主管部门确定）"
                                : "：加价 " + t.surchargeYuanPerKwh().toPlainString() + " 元/千瓦时")
                        + "；平台只生成电价通知与数据，不计费",
                t.basis(),
                t.unconfirmed());
    }

    private void equipment(int i, EquipmentQuery query, List<Verdict> verdicts) {
        EquipmentResult result = equipment.check(query);
        String at = "equipment[" + i + "]";
        EquipmentType type = EquipmentType.valueOf(query.type().trim().toUpperCase(java.util.Locale.ROOT));
        String subject = type.nameZh() + (query.model() == null ? "" : " " + query.model());
        VerdictOutcome outcome;
        String signal;
        if (result.eliminated() == Elimination.ELIMINATED) {
            outcome = VerdictOutcome.SIGNAL;
            signal = Signals.ELIMINATED_EQUIPMENT;
        } else if (result.belowLimit()) {
            outcome = VerdictOutcome.SIGNAL;
            signal = Signals.BELOW_EFFICIENCY_LIMIT;
        } else if (result.eliminated() == Elimination.SUSPECTED
                || result.efficiency() == EfficiencyOutcome.NO_VALUES_LOADED) {
            outcome = VerdictOutcome.PENDING;
            signal = Signals.PENDING_GRADE;
        } else if (result.efficiency() == EfficiencyOutcome.GRADED) {
            outcome = VerdictOutcome.PASS;
            signal = null;
        } else {
            outcome = VerdictOutcome.INFO;
            signal = null;
        }
        var indicator =
                result.indicators().isEmpty() ? null : result.indicators().getFirst();
        Double limit = indicator == null || indicator.limits().size() < 3
                ? null
                : indicator.limits().get(2);
        verdicts.add(new Verdict(
                Checks.EQUIPMENT,
                outcome,
                signal,
                "表8",
                at,
                subject,
                indicator == null ? null : BigDecimal.valueOf(indicator.actual()),
                limit == null ? null : BigDecimal.valueOf(limit),
                indicator == null ? null : indicator.unit(),
                result.grade(),
                result.eliminated().name(),
                String.join("；", result.reasons()),
                result.basis(),
                result.unconfirmed()));
    }

    private void dataCentre(ReportFigures report, LocalDate date, RuleSet rules, List<Verdict> verdicts) {
        ReportFigures.DataCentre dc = report.dataCentre();
        if (dc.pue() == null && (dc.totalElectricityKwh() == null || dc.itElectricityKwh() == null)) {
            return;
        }
        EquipmentResult result = equipment.check(EquipmentQuery.ofType("DATA_CENTRE")
                .on(date)
                .pue(dc.pue())
                .totalElectricityKwh(dc.pue() == null ? dc.totalElectricityKwh() : null)
                .itElectricityKwh(dc.pue() == null ? dc.itElectricityKwh() : null)
                .standardRacks(dc.standardRacks())
                .build());
        var indicator =
                result.indicators().isEmpty() ? null : result.indicators().getFirst();
        Double pue = indicator != null
                ? indicator.actual()
                : dc.pue() != null ? dc.pue() : dc.totalElectricityKwh() / dc.itElectricityKwh();
        Double limit = indicator == null ? null : indicator.limits().get(2);
        VerdictOutcome outcome = result.belowLimit()
                ? VerdictOutcome.SIGNAL
                : result.efficiency() == EfficiencyOutcome.NO_VALUES_LOADED
                        ? VerdictOutcome.PENDING
                        : result.efficiency() == EfficiencyOutcome.GRADED ? VerdictOutcome.PASS : VerdictOutcome.INFO;
        verdicts.add(new Verdict(
                Checks.PUE_GRADE,
                outcome,
                outcome == VerdictOutcome.SIGNAL
                        ? Signals.PUE_ABOVE_LIMIT
                        : outcome == VerdictOutcome.PENDING ? Signals.PENDING_GRADE : null,
                "数据中心",
                "dataCentre",
                "数据中心电能比（PUE）",
                round(pue),
                limit == null ? null : BigDecimal.valueOf(limit),
                "",
                result.grade(),
                result.efficiency().name(),
                String.join("；", result.reasons()),
                result.basis(),
                result.unconfirmed()));
        DeskParameter minRacks = rules.parameter("LARGE_DATA_CENTRE_MIN_RACKS");
        DeskParameter fromYear = rules.parameter("NEW_DATA_CENTRE_FROM_YEAR");
        DeskParameter target = rules.parameter("NEW_LARGE_DC_PUE_TARGET");
        boolean large = dc.standardRacks() != null && dc.standardRacks() >= minRacks.intValue();
        boolean fresh = dc.commissionedYear() != null && dc.commissionedYear() >= fromYear.intValue();
        if (large && fresh) {
            boolean missed = pue >= target.doubleValue();
            verdicts.add(new Verdict(
                    Checks.PUE_TARGET,
                    missed ? VerdictOutcome.SIGNAL : VerdictOutcome.PASS,
                    missed ? Signals.PUE_ABOVE_TARGET : null,
                    "数据中心",
                    "dataCentre",
                    "新建大型数据中心电能利用效率目标",
                    round(pue),
                    target.value(),
                    "",
                    null,
                    null,
                    dc.commissionedYear() + " 年投产、" + dc.standardRacks() + " 个标准机架的数据中心 PUE " + plain(round(pue))
                            + (missed ? " 未优于" : " 优于") + "目标 " + target.value().toPlainString()
                            + (missed ? "：政策目标，出具建议书，不作违法认定" : ""),
                    List.of(target.basis(), minRacks.basis(), fromYear.basis()),
                    minRacks.unconfirmed() || fromYear.unconfirmed() || target.unconfirmed()));
        }
        for (TariffConsequence t :
                tariffs.assess("DATA_CENTRE", "PUE", pue, null, report.year(), report.regionCode())) {
            verdicts.add(tariffVerdict(t, "数据中心", "dataCentre", "数据中心电能比（PUE）", ""));
        }
    }

    private static void management(ReportFigures report, RuleSet rules, List<Verdict> verdicts) {
        boolean filed = Boolean.TRUE.equals(report.energyManagerFiled());
        verdicts.add(new Verdict(
                Checks.ENERGY_MANAGER,
                filed ? VerdictOutcome.PASS : VerdictOutcome.SIGNAL,
                filed ? null : Signals.NO_MANAGER,
                "表1",
                "energyManagerFiled",
                "能源管理负责人",
                null,
                null,
                null,
                null,
                null,
                filed
                        ? "已设立能源管理岗位并备案能源管理负责人"
                        : report.energyManagerFiled() == null ? "未填报能源管理负责人备案情况（节约能源法第五十五条）" : "能源管理负责人未备案（节约能源法第五十五条）",
                List.of(rules.rule(Signals.NO_MANAGER).basis()),
                false));
        DeskParameter cycle = rules.parameter("AUDIT_CYCLE_YEARS");
        boolean overdue = report.lastAuditYear() == null || report.year() - report.lastAuditYear() >= cycle.intValue();
        verdicts.add(new Verdict(
                Checks.ENERGY_AUDIT,
                overdue ? VerdictOutcome.SIGNAL : VerdictOutcome.PASS,
                overdue ? Signals.AUDIT_OVERDUE : null,
                "表1",
                "lastAuditYear",
                "能源审计",
                report.lastAuditYear() == null ? null : BigDecimal.valueOf(report.lastAuditYear()),
                cycle.value(),
                "年",
                null,
                null,
                report.lastAuditYear() == null
                        ? "未填报能源审计年份"
                        : "最近一次能源审计 " + report.lastAuditYear() + " 年，审计周期 "
                                + cycle.value().toPlainString() + " 年" + (overdue ? "：已超过周期" : "：在周期内"),
                List.of(cycle.basis()),
                cycle.unconfirmed()));
        ReportFigures.Target target = report.target();
        if (target != null) {
            boolean missed = target.achievedTce() < target.targetTce();
            verdicts.add(new Verdict(
                    Checks.SAVING_TARGET,
                    missed ? VerdictOutcome.SIGNAL : VerdictOutcome.PASS,
                    missed ? Signals.TARGET_MISSED : null,
                    "表6",
                    "target",
                    "节能目标完成情况",
                    BigDecimal.valueOf(target.achievedTce()),
                    BigDecimal.valueOf(target.targetTce()),
                    "tce",
                    null,
                    null,
                    "节能量 " + plain(target.achievedTce()) + " tce，目标 " + plain(target.targetTce()) + " tce"
                            + (missed ? "：未完成" : "：已完成"),
                    List.of(rules.rule(Signals.TARGET_MISSED).basis()),
                    false));
        }
    }

    private record Deviation(BigDecimal percent, boolean beyond) {}

    /** |value − reference| as a percentage of |reference|; any difference from a zero reference is beyond. */
    private static Deviation deviation(BigDecimal value, BigDecimal reference, DeskParameter tolerance) {
        BigDecimal diff = value.subtract(reference).abs();
        if (reference.signum() == 0) {
            return new Deviation(diff.signum() == 0 ? BigDecimal.ZERO : HUNDRED, diff.signum() != 0);
        }
        BigDecimal percent = diff.multiply(HUNDRED).divide(reference.abs(), 2, RoundingMode.HALF_UP);
        return new Deviation(percent, percent.compareTo(tolerance.value()) > 0);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String plain(Double value) {
        return value == null ? "—" : plain(BigDecimal.valueOf(value));
    }

    private static final class Holder {
        static final ReportChecks STANDARD = new ReportChecks(
                EnergyAccounting.standard(),
                QuotaGrading.standard(),
                EquipmentConformity.standard(),
                TariffConsequences.standard());
    }
}
