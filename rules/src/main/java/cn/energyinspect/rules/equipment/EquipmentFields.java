package cn.energyinspect.rules.equipment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The fields each equipment type uses, with their Chinese names, units and accepted values (for validation and forms). */
final class EquipmentFields {
    private EquipmentFields() {}

    private static List<String> sorted(java.util.Set<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static EquipmentField grading(String name, String zh, String unit, String description) {
        return new EquipmentField(name, zh, unit, "GRADING", true, List.of(), description);
    }

    private static EquipmentField optional(String name, String zh, String unit, String description) {
        return new EquipmentField(name, zh, unit, "GRADING", false, List.of(), description);
    }

    private static EquipmentField choice(
            String name, String zh, boolean required, java.util.Set<String> values, String description) {
        return new EquipmentField(name, zh, "", "GRADING", required, sorted(values), description);
    }

    private static EquipmentField catalogue(String name, String zh, String unit, String description) {
        return new EquipmentField(name, zh, unit, "CATALOGUE", false, List.of(), description);
    }

    private static final EquipmentField MODEL = catalogue("model", "型号", "", "与淘汰目录比对；未给出分级数据时必填");

    static final Map<EquipmentType, List<EquipmentField>> FIELDS = Map.of(
            EquipmentType.MOTOR,
            List.of(
                    grading("ratedPowerKw", "额定功率", "kW", "GB 18613-2020 表1 的额定功率档（0.12～1000 kW）"),
                    grading("poles", "极数", "", "2 / 4 / 6 / 8"),
                    grading("efficiencyPercent", "额定效率", "%", "铭牌或检测报告的效率"),
                    MODEL,
                    catalogue("ratedVoltageV", "额定电压", "V", "淘汰目录条件"),
                    catalogue("frameSizeMm", "机座号（中心高）", "mm", "淘汰目录条件；缺省时从型号读取")),
            EquipmentType.TRANSFORMER,
            List.of(
                    grading("ratedCapacityKva", "额定容量", "kVA", "表中的额定容量档"),
                    grading("voltageKv", "电压等级", "kV", "10、35 或 66"),
                    choice("insulation", "绝缘方式", true, TransformerLossTable.INSULATIONS, "OIL 油浸式 / DRY 干式"),
                    choice("coreMaterial", "铁心材料", true, TransformerLossTable.CORE_MATERIALS, "电工钢带 / 非晶合金"),
                    grading("noLoadLossKw", "空载损耗 P0", "kW", "实测或铭牌"),
                    grading("loadLossKw", "负载损耗 Pk", "kW", "实测或铭牌"),
                    choice(
                            "connectionGroup",
                            "联结组别",
                            false,
                            TransformerLossTable.CONNECTION_GROUPS,
                            "10 kV 油浸式 630 kVA 以下必填"),
                    choice("insulationClass", "绝缘耐热等级", false, TransformerLossTable.INSULATION_CLASSES, "干式变压器必填"),
                    choice("tapChanger", "调压方式", false, TransformerLossTable.TAP_CHANGERS, "35 kV 必填（无励磁 / 有载调压）"),
                    MODEL),
            EquipmentType.FAN,
            List.of(
                    choice("fanType", "风机类型", true, FanEfficiencyTable.FAN_TYPES, "离心 / 轴流 / 外转子电机直联前向多翼离心"),
                    grading("machineNumber", "机号 No", "", "叶轮直径（dm）"),
                    grading("efficiencyPercent", "风机效率", "%", "检测报告的效率"),
                    optional("totalPressurePa", "全压 p_F", "Pa", "离心与外转子风机必填（计算压力系数与比转速）；超过 30 kPa 不适用"),
                    optional("flowM3h", "流量", "m³/h", "离心与外转子风机必填"),
                    optional("speedRpm", "转速", "r/min", "离心与外转子风机必填"),
                    optional("airDensityKgM3", "进口空气密度", "kg/m³", "缺省 1.2"),
                    optional("stagnationPressurePa", "滞止压力 p_sg2", "Pa", "用于压缩性修正系数 k_p；缺省时 k_p = 1"),
                    optional("hubRatio", "轮毂比", "", "轴流风机必填"),
                    MODEL),
            EquipmentType.PUMP,
            List.of(
                    choice("pumpType", "泵型", true, PumpEfficiencyFormula.PUMP_TYPES, "GB 19762-2025 表3 的清水离心泵类别"),
                    grading("flowM3h", "最高效率点流量 Q_BEP", "m³/h", "双吸泵填总流量"),
                    grading("headM", "扬程", "m", "最高效率点总扬程"),
                    grading("speedRpm", "转速", "r/min", ""),
                    grading("efficiencyPercent", "泵效率", "%", "检测报告的效率"),
                    optional("stages", "级数", "", "多级泵必填（≥ 2）；单级泵为 1"),
                    MODEL),
            EquipmentType.COMPRESSOR,
            List.of(
                    choice(
                            "compressorType",
                            "机型",
                            true,
                            CompressorSpecificPowerTable.COMPRESSOR_TYPES,
                            "一般用喷油回转（工频 / 变转速）"),
                    grading("ratedPowerKw", "驱动电机额定功率", "kW", "表中的功率档"),
                    grading("dischargePressureMpa", "额定排气压力", "MPa", "0.7 / 0.8 / 1.0（已载入的列）"),
                    choice("cooling", "冷却方式", true, CompressorSpecificPowerTable.COOLING, "AIR 风冷 / LIQUID 液冷"),
                    grading("specificPowerKwPerM3Min", "比功率", "kW/(m³/min)", "检测报告的比功率"),
                    MODEL),
            EquipmentType.BOILER,
            List.of(
                    new EquipmentField(
                            "fuel", "燃料", "", "BOTH", true, sorted(EquipmentConformity.FUELS), "淘汰目录与能效分级均需"),
                    grading("efficiencyPercent", "设计热效率", "%", "出厂设计（额定）热效率"),
                    choice("combustion", "燃烧方式", false, BoilerEfficiencyTable.COMBUSTION, "燃煤、燃气、燃油锅炉必填"),
                    choice("coalClass", "设计燃料煤种", false, BoilerEfficiencyTable.COAL_CLASSES, "层状燃烧、流化床燃煤锅炉必填"),
                    optional("netCalorificValueKjKg", "收到基低位发热量 Q", "kJ/kg", "给出时须与煤种相符"),
                    optional("volatileMatterPercent", "干燥无灰基挥发分 V", "%", "给出时须与煤种相符"),
                    new EquipmentField("condensing", "冷凝式", "", "GRADING", false, List.of("true", "false"), "燃气锅炉必填"),
                    new EquipmentField(
                            "capacityTph", "额定蒸发量", "t/h", "BOTH", false, List.of(), "层状燃烧燃煤与生物质锅炉按容量分档（蒸汽锅炉）"),
                    optional("thermalPowerMw", "额定热功率", "MW", "热水锅炉按容量分档"),
                    catalogue("fixedGrate", "固定炉排", "", "淘汰目录条件"),
                    MODEL),
            EquipmentType.DATA_CENTRE,
            List.of(
                    optional("pue", "数据中心电能比（实测）", "", "与下列两项二选一"),
                    optional("totalElectricityKwh", "数据中心总耗电量 E", "kWh", "统计期内；与 IT 设备耗电量一并给出"),
                    optional("itElectricityKwh", "信息设备耗电量 E_IT", "kWh", "统计期内"),
                    optional("standardRacks", "标准机架数", "", "≤ 100 为边缘数据中心，不适用 GB 40879")));

    /** Fields graded together: with one of them given, all are required (the rest are checked by the grader). */
    static final Map<EquipmentType, List<String>> CORE = Map.of(
            EquipmentType.MOTOR, List.of("ratedPowerKw", "poles", "efficiencyPercent"),
            EquipmentType.TRANSFORMER,
                    List.of(
                            "ratedCapacityKva",
                            "voltageKv",
                            "insulation",
                            "coreMaterial",
                            "noLoadLossKw",
                            "loadLossKw"),
            EquipmentType.FAN, List.of("fanType", "machineNumber", "efficiencyPercent"),
            EquipmentType.PUMP, List.of("pumpType", "flowM3h", "headM", "speedRpm", "efficiencyPercent"),
            EquipmentType.COMPRESSOR,
                    List.of(
                            "compressorType",
                            "ratedPowerKw",
                            "dischargePressureMpa",
                            "cooling",
                            "specificPowerKwPerM3Min"),
            EquipmentType.BOILER, List.of("efficiencyPercent"),
            EquipmentType.DATA_CENTRE, List.of());

    static List<EquipmentField> of(EquipmentType type) {
        return new ArrayList<>(FIELDS.get(type));
    }
}
