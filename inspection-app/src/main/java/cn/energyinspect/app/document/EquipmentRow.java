package cn.energyinspect.app.document;

/**
 * One piece of energy-using equipment examined on site.
 *
 * @param name what it is, e.g. 三相异步电动机
 * @param model model and specification from the nameplate
 * @param rating rated power or capacity, e.g. 132 kW, or {@code null}
 * @param efficiencyClass 能效等级 from the nameplate or label, e.g. 3级, or {@code null}
 * @param standard the standard it was compared with, e.g. GB 18613-2020, or {@code null}
 * @param conclusion the result, e.g. 符合 / 低于能效限定值 / 列入淘汰目录
 */
public record EquipmentRow(
        String name, String model, String rating, String efficiencyClass, String standard, String conclusion) {

    public EquipmentRow {
        Check.text(name, "设备名称（name）");
        Check.text(model, "型号规格（model）");
        Check.optionalText(rating, "额定参数（rating）");
        Check.optionalText(efficiencyClass, "能效等级（efficiencyClass）");
        Check.optionalText(standard, "对照标准（standard）");
        Check.text(conclusion, "结论（conclusion）");
    }
}
