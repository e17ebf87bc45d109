package cn.energyinspect.app.desk.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An 能源利用状况报告 as the enterprise declares it, by table (the 2008 form, programmes.md §4.2; a later form is a new
 * {@code formVersion}). Every field may be empty in a draft; a submission is checked by {@link ReportValidation}.
 */
@Schema(description = "能源利用状况报告 by table (form 2008)")
public record ReportContent(
        @Schema(description = "The table definitions the content follows, e.g. 2008")
        String formVersion,

        @Schema(description = "表1 基本情况") Basic basic,

        @Schema(description = "表2 能源消费结构: energy consumed by type, physical quantities")
        List<Energy> energy,

        @Schema(description = "表2: how electricity is counted, EQUIVALENT_VALUE (当量值) or EQUAL_VALUE (等价值)")
        String electricityBasis,

        @Schema(description = "表2: the year's 供电标准煤耗 in kgce/kWh, with EQUAL_VALUE")
        BigDecimal equalValueCoefficient,

        @Schema(description = "表2: the 综合能源消费量 the unit declares, tce")
        BigDecimal declaredTotalTce,

        @Schema(description = "表2-1 分用途能源消费, tce") List<Use> uses,
        @Schema(description = "表3 能源实物平衡, tce") Balance balance,
        @Schema(description = "表4 单位产品综合能耗指标") List<Product> products,
        @Schema(description = "表5 影响单位产品能耗变化因素的说明") String changeExplanation,
        @Schema(description = "表6/表7 节能目标完成情况") Target target,
        @Schema(description = "表8 主要耗能设备") List<Equipment> equipment,
        @Schema(description = "表10 节能技术改造项目") List<Project> projects,
        @Schema(description = "数据中心（数据中心单位填写）") DataCentre dataCentre) {

    public static final String FORM_2008 = "2008";

    /** 表1 基本情况. */
    @Schema(description = "表1 基本情况")
    public record Basic(
            @Schema(description = "单位名称") String unitName,
            @Schema(description = "能源管理负责人") String energyManager,
            @Schema(description = "能源管理负责人职称") String managerTitle,

            @Schema(description = "能源管理负责人已向主管部门备案（节约能源法第五十五条）")
            Boolean managerFiled,

            @Schema(description = "最近一次能源审计的年份") Integer lastAuditYear,
            @Schema(description = "非化石能源消费占比, %") BigDecimal nonFossilSharePercent,
            @Schema(description = "工业总产值, 万元") BigDecimal outputValue) {}

    /** 表2 one energy. */
    @Schema(description = "表2 one energy consumed")
    public record Energy(
            @Schema(description = "能源种类 code, e.g. RAW_COAL, ELECTRICITY (dictionary energyType)")
            String energyType,

            @Schema(description = "实物量") BigDecimal quantity,

            @Schema(description = "计量单位, e.g. t, m3, 10^4m3, kWh, 10^4kWh, GJ")
            String unit,

            @Schema(description = "实测折标系数 kgce per reference unit, optional")
            BigDecimal measuredCoefficient) {}

    /** 表2-1 one use. */
    @Schema(description = "表2-1 consumption by use")
    public record Use(
            @Schema(description = "用途: PRODUCTION, AUXILIARY, LIVING, LOSS or OTHER")
            String use,

            @Schema(description = "折标准煤, tce") BigDecimal tce) {}

    /** 表3, tce. */
    @Schema(description = "表3 能源实物平衡, tce")
    public record Balance(
            @Schema(description = "购入") BigDecimal purchasedTce,
            @Schema(description = "库存减少（增加为负）") BigDecimal stockDecreaseTce,
            @Schema(description = "消费") BigDecimal consumedTce,
            @Schema(description = "损失") BigDecimal lossTce,
            @Schema(description = "输出（外供）") BigDecimal exportedTce) {}

    /** 表4 one product and indicator. */
    @Schema(description = "表4 one unit consumption")
    public record Product(
            @Schema(description = "产品 code (dictionary quotaProduct), e.g. CEMENT_CLINKER")
            String product,

            @Schema(description = "指标 code, e.g. COMPREHENSIVE_ENERGY")
            String indicator,

            @Schema(description = "单位产品能耗, in the indicator's unit")
            BigDecimal value,

            @Schema(description = "单位, the indicator's, e.g. kgce/t")
            String unit,

            @Schema(description = "该产品能耗, in the unit's numerator (kgce, kWh …)")
            BigDecimal energy,

            @Schema(description = "产量, in the unit's denominator (t, m² …)")
            BigDecimal output,

            @Schema(description = "修正条件 of the quota standard, e.g. altitudeMeters")
            Map<String, BigDecimal> conditions,

            @Schema(description = "上年单位产品能耗 (taken from last year's report when empty)")
            BigDecimal previousValue) {}

    /** 表6/表7. */
    @Schema(description = "表6/表7 节能目标")
    public record Target(
            @Schema(description = "节能量目标, tce") BigDecimal targetTce,
            @Schema(description = "实现节能量, tce") BigDecimal achievedTce,
            @Schema(description = "自评价") String selfAssessment) {}

    /** 表8 one piece (or group) of equipment. */
    @Schema(description = "表8 main energy-using equipment")
    public record Equipment(
            @Schema(description = "设备名称") String name,

            @Schema(description = "类型: MOTOR, TRANSFORMER, FAN, PUMP, COMPRESSOR, BOILER")
            String type,

            @Schema(description = "型号") String model,
            @Schema(description = "台数") Integer quantity,

            @Schema(
                    description = "the type's fields as GET /api/v1/checks/equipment/types lists them, e.g."
                            + " ratedPowerKw, poles, efficiencyPercent")
            Map<String, Object> parameters) {}

    /** 表10 one project. */
    @Schema(description = "表10 节能技术改造项目")
    public record Project(
            @Schema(description = "项目名称") String name,
            @Schema(description = "投资, 万元") BigDecimal investment,
            @Schema(description = "节能量, tce") BigDecimal savingsTce,
            @Schema(description = "进展") String status) {}

    /** A data centre's year (GB 40879-2021 6.3.2). */
    @Schema(description = "数据中心")
    public record DataCentre(
            @Schema(description = "电能利用效率 PUE (measured); or give the two electricity totals")
            BigDecimal pue,

            @Schema(description = "数据中心总耗电量, kWh") BigDecimal totalElectricityKwh,
            @Schema(description = "信息设备耗电量, kWh") BigDecimal itElectricityKwh,
            @Schema(description = "标准机架数") Integer standardRacks,
            @Schema(description = "投产年份") Integer commissionedYear) {}
}
