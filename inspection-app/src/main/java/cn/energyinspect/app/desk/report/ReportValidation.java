package cn.energyinspect.app.desk.report;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.rules.desk.ReportChecks;
import cn.energyinspect.rules.desk.ReportFigures;
import cn.energyinspect.rules.energy.ElectricityBasis;
import cn.energyinspect.rules.energy.EnergyQuantity;
import cn.energyinspect.rules.equipment.EquipmentConformity;
import cn.energyinspect.rules.equipment.EquipmentField;
import cn.energyinspect.rules.equipment.EquipmentQuery;
import cn.energyinspect.rules.equipment.EquipmentType;
import cn.energyinspect.rules.equipment.EquipmentTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a report must be to be filed, and the figures the rules read from it. A submission is refused (422, each
 * problem naming its field) only when the rules cannot read it: a missing or unknown code, a negative quantity, an
 * unknown correction condition or equipment field, a text too long. Figures that do not add up are the enterprise's
 * declaration: they are filed and flagged by the checks.
 */
@Component
public class ReportValidation {
    static final Set<String> USES = Set.of("PRODUCTION", "AUXILIARY", "LIVING", "LOSS", "OTHER");
    static final int MAX_ENERGY = 60;
    static final int MAX_PRODUCTS = 60;
    static final int MAX_EQUIPMENT = 500;
    static final int MAX_PROJECTS = 100;

    private final ObjectMapper json;
    private final Map<String, Set<String>> equipmentFields;

    ReportValidation(ObjectMapper json) {
        this.json = json;
        this.equipmentFields = EquipmentConformity.standard().types().stream()
                .collect(Collectors.toMap(
                        EquipmentTypeInfo::type,
                        t -> t.fields().stream().map(EquipmentField::name).collect(Collectors.toSet())));
    }

    /** The problems that keep {@code content} of {@code year} from being filed; empty when it can be. */
    public List<FieldError> problems(ReportContent content, int year, String regionCode) {
        List<FieldError> errors = new ArrayList<>();
        if (content == null) {
            return List.of(new FieldError("content", "必填：报告内容"));
        }
        if (content.formVersion() != null && !ReportContent.FORM_2008.equals(content.formVersion())) {
            errors.add(new FieldError("formVersion", "报表版本须为 " + ReportContent.FORM_2008));
        }
        ReportContent.Basic basic = content.basic();
        if (basic == null || basic.managerFiled() == null) {
            errors.add(new FieldError("basic.managerFiled", "必填：能源管理负责人是否已备案（表1）"));
        }
        if (basic != null) {
            text(basic.unitName(), "basic.unitName", 200, errors);
            text(basic.energyManager(), "basic.energyManager", 64, errors);
            text(basic.managerTitle(), "basic.managerTitle", 64, errors);
            if (basic.lastAuditYear() != null && (basic.lastAuditYear() < 1990 || basic.lastAuditYear() > year + 1)) {
                errors.add(new FieldError("basic.lastAuditYear", "能源审计年份须在 1990–" + (year + 1) + " 之间"));
            }
            range(basic.nonFossilSharePercent(), "basic.nonFossilSharePercent", 0, 100, errors);
            range(basic.outputValue(), "basic.outputValue", 0, 1e12, errors);
        }
        List<ReportContent.Energy> energy = orEmpty(content.energy());
        if (energy.isEmpty()) {
            errors.add(new FieldError("energy", "必填：至少一项能源消费（表2）"));
        } else if (energy.size() > MAX_ENERGY) {
            errors.add(new FieldError("energy", "能源消费不能超过 " + MAX_ENERGY + " 项"));
        }
        for (int i = 0; i < energy.size(); i++) {
            ReportContent.Energy e = energy.get(i);
            if (e == null || e.energyType() == null || e.energyType().isBlank()) {
                errors.add(new FieldError("energy[" + i + "].energyType", "必填：能源种类"));
            }
            if (e != null && e.quantity() == null) {
                errors.add(new FieldError("energy[" + i + "].quantity", "必填：实物量"));
            }
        }
        if (content.electricityBasis() != null && basis(content.electricityBasis()) == null) {
            errors.add(new FieldError("electricityBasis", "须为 EQUIVALENT_VALUE（当量值）或 EQUAL_VALUE（等价值）"));
        }
        range(content.declaredTotalTce(), "declaredTotalTce", 0, 1e10, errors);
        List<ReportContent.Use> uses = orEmpty(content.uses());
        for (int i = 0; i < uses.size(); i++) {
            ReportContent.Use u = uses.get(i);
            if (u == null || u.use() == null || !USES.contains(u.use())) {
                errors.add(new FieldError("uses[" + i + "].use", "须为 PRODUCTION、AUXILIARY、LIVING、LOSS 或 OTHER"));
            }
            if (u != null) {
                required(u.tce(), "uses[" + i + "].tce", errors);
                range(u.tce(), "uses[" + i + "].tce", 0, 1e10, errors);
            }
        }
        ReportContent.Balance balance = content.balance();
        if (balance != null) {
            required(balance.purchasedTce(), "balance.purchasedTce", errors);
            required(balance.consumedTce(), "balance.consumedTce", errors);
            range(balance.purchasedTce(), "balance.purchasedTce", 0, 1e10, errors);
            range(balance.consumedTce(), "balance.consumedTce", 0, 1e10, errors);
            range(balance.lossTce(), "balance.lossTce", 0, 1e10, errors);
            range(balance.exportedTce(), "balance.exportedTce", 0, 1e10, errors);
        }
        List<ReportContent.Product> products = orEmpty(content.products());
        if (products.size() > MAX_PRODUCTS) {
            errors.add(new FieldError("products", "单位产品能耗不能超过 " + MAX_PRODUCTS + " 项"));
        }
        for (int i = 0; i < products.size(); i++) {
            ReportContent.Product p = products.get(i);
            String at = "products[" + i + "]";
            if (p == null || p.product() == null || p.indicator() == null) {
                errors.add(new FieldError(at + ".indicator", "必填：产品和指标"));
            } else if (p.value() == null) {
                errors.add(new FieldError(at + ".value", "必填：单位产品能耗"));
            }
            if (p != null) {
                range(p.energy(), at + ".energy", 0, 1e15, errors);
                range(p.previousValue(), at + ".previousValue", -1e9, 1e9, errors);
            }
        }
        text(content.changeExplanation(), "changeExplanation", 2000, errors);
        ReportContent.Target target = content.target();
        if (target != null) {
            required(target.targetTce(), "target.targetTce", errors);
            required(target.achievedTce(), "target.achievedTce", errors);
            text(target.selfAssessment(), "target.selfAssessment", 500, errors);
        }
        List<ReportContent.Equipment> equipment = orEmpty(content.equipment());
        if (equipment.size() > MAX_EQUIPMENT) {
            errors.add(new FieldError("equipment", "主要耗能设备不能超过 " + MAX_EQUIPMENT + " 项"));
        }
        for (int i = 0; i < equipment.size(); i++) {
            equipmentProblems(equipment.get(i), "equipment[" + i + "]", errors);
        }
        List<ReportContent.Project> projects = orEmpty(content.projects());
        if (projects.size() > MAX_PROJECTS) {
            errors.add(new FieldError("projects", "节能改造项目不能超过 " + MAX_PROJECTS + " 项"));
        }
        for (int i = 0; i < projects.size(); i++) {
            ReportContent.Project p = projects.get(i);
            text(p == null ? null : p.name(), "projects[" + i + "].name", 200, errors);
        }
        ReportContent.DataCentre dc = content.dataCentre();
        if (dc != null) {
            boolean ratio = dc.pue() != null;
            boolean totals = dc.totalElectricityKwh() != null && dc.itElectricityKwh() != null;
            if (!ratio && !totals) {
                errors.add(new FieldError("dataCentre.pue", "须填写 PUE，或总耗电量与信息设备耗电量"));
            }
            range(dc.pue(), "dataCentre.pue", 1, 10, errors);
            if (dc.itElectricityKwh() != null && dc.itElectricityKwh().signum() <= 0) {
                errors.add(new FieldError("dataCentre.itElectricityKwh", "信息设备耗电量须大于 0"));
            }
            if (dc.standardRacks() != null && dc.standardRacks() < 0) {
                errors.add(new FieldError("dataCentre.standardRacks", "标准机架数不能为负"));
            }
            if (dc.commissionedYear() != null && (dc.commissionedYear() < 1990 || dc.commissionedYear() > year)) {
                errors.add(new FieldError("dataCentre.commissionedYear", "投产年份须在 1990–" + year + " 之间"));
            }
        }
        if (errors.isEmpty()) {
            // what the rules themselves cannot read (unknown codes, units, conditions, equipment fields)
            ReportChecks.standard()
                    .validate(figures(content, year, regionCode, Map.of()))
                    .forEach(v -> errors.add(new FieldError(v.field(), v.message())));
        }
        return errors;
    }

    private void equipmentProblems(ReportContent.Equipment e, String at, List<FieldError> errors) {
        if (e == null || e.type() == null) {
            errors.add(new FieldError(at + ".type", "必填：设备类型"));
            return;
        }
        Set<String> known = equipmentFields.get(e.type());
        if (known == null || EquipmentType.DATA_CENTRE.name().equals(e.type())) {
            errors.add(new FieldError(at + ".type", "须为 MOTOR、TRANSFORMER、FAN、PUMP、COMPRESSOR 或 BOILER（数据中心另表填写）"));
            return;
        }
        text(e.name(), at + ".name", 100, errors);
        text(e.model(), at + ".model", 100, errors);
        if (e.quantity() != null && e.quantity() < 1) {
            errors.add(new FieldError(at + ".quantity", "台数须为正整数"));
        }
        if (e.parameters() != null) {
            for (String name : e.parameters().keySet()) {
                if (!known.contains(name) || Set.of("type", "date", "model").contains(name)) {
                    errors.add(new FieldError(at + ".parameters." + name, "该设备类型无此参数；可选：" + String.join("、", known)));
                }
            }
        }
    }

    /**
     * The figures the rules read from a (valid) report.
     *
     * @param previous last year's unit consumption by {@code product/indicator}, used where 表4 gives none
     */
    public ReportFigures figures(ReportContent content, int year, String regionCode, Map<String, BigDecimal> previous) {
        List<EnergyQuantity> energy = new ArrayList<>();
        for (ReportContent.Energy e : orEmpty(content.energy())) {
            energy.add(new EnergyQuantity(
                    e.energyType(),
                    e.quantity() == null ? 0 : e.quantity().doubleValue(),
                    e.unit(),
                    e.measuredCoefficient() == null
                            ? null
                            : e.measuredCoefficient().doubleValue()));
        }
        List<ReportFigures.Product> products = new ArrayList<>();
        for (ReportContent.Product p : orEmpty(content.products())) {
            Map<String, Double> conditions = new LinkedHashMap<>();
            if (p.conditions() != null) {
                p.conditions().forEach((k, v) -> conditions.put(k, v == null ? null : v.doubleValue()));
            }
            BigDecimal last =
                    p.previousValue() != null ? p.previousValue() : previous.get(p.product() + "/" + p.indicator());
            products.add(new ReportFigures.Product(
                    p.product(),
                    p.indicator(),
                    p.value() == null ? Double.NaN : p.value().doubleValue(),
                    p.unit(),
                    number(p.energy()),
                    number(p.output()),
                    conditions,
                    number(last)));
        }
        List<EquipmentQuery> equipment = new ArrayList<>();
        for (ReportContent.Equipment e : orEmpty(content.equipment())) {
            equipment.add(query(e, ReportChecks.factDate(year)));
        }
        ReportContent.Basic basic = content.basic();
        ReportContent.Balance b = content.balance();
        ReportContent.Target t = content.target();
        ReportContent.DataCentre dc = content.dataCentre();
        return new ReportFigures(
                year,
                regionCode,
                energy,
                content.electricityBasis() == null
                        ? ElectricityBasis.EQUIVALENT_VALUE
                        : basis(content.electricityBasis()),
                number(content.equalValueCoefficient()),
                number(content.declaredTotalTce()),
                orEmpty(content.uses()).stream()
                        .map(u -> u.tce() == null ? 0.0 : u.tce().doubleValue())
                        .toList(),
                b == null
                        ? null
                        : new ReportFigures.Balance(
                                zero(b.purchasedTce()),
                                zero(b.stockDecreaseTce()),
                                zero(b.consumedTce()),
                                zero(b.lossTce()),
                                zero(b.exportedTce())),
                products,
                content.changeExplanation() != null
                        && !content.changeExplanation().isBlank(),
                t == null || t.targetTce() == null || t.achievedTce() == null
                        ? null
                        : new ReportFigures.Target(
                                t.targetTce().doubleValue(), t.achievedTce().doubleValue()),
                equipment,
                dc == null
                        ? null
                        : new ReportFigures.DataCentre(
                                number(dc.pue()),
                                number(dc.totalElectricityKwh()),
                                number(dc.itElectricityKwh()),
                                dc.standardRacks(),
                                dc.commissionedYear()),
                basic == null ? null : basic.managerFiled(),
                basic == null ? null : basic.lastAuditYear(),
                basic == null ? null : number(basic.nonFossilSharePercent()));
    }

    private EquipmentQuery query(ReportContent.Equipment e, java.time.LocalDate date) {
        Map<String, Object> fields = new HashMap<>();
        if (e.parameters() != null) {
            fields.putAll(e.parameters());
        }
        fields.put("type", e.type());
        fields.put("model", e.model());
        fields.put("date", date.toString());
        try {
            return json.convertValue(fields, EquipmentQuery.class);
        } catch (IllegalArgumentException wrongValue) {
            // a parameter of the wrong kind (text for a number): the type alone, so the rules name what is missing
            return EquipmentQuery.ofType(e.type()).on(date).model(e.model()).build();
        }
    }

    static ElectricityBasis basis(String text) {
        for (ElectricityBasis b : ElectricityBasis.values()) {
            if (b.name().equals(text)) {
                return b;
            }
        }
        return null;
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static double zero(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void required(BigDecimal value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "必填"));
        }
    }

    private static void range(BigDecimal value, String field, double min, double max, List<FieldError> errors) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            errors.add(new FieldError(field, "须在 " + plain(min) + "–" + plain(max) + " 之间"));
        }
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void text(String value, String field, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "不能超过 " + max + " 个字符"));
        }
    }

    /** A map of {@code key → item} for lookups, keeping the first of duplicates. */
    static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(key.apply(i), i));
        return map;
    }
}
