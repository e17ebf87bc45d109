package cn.energyinspect.app.campaign.drawing;

/**
 * Where the RISK_CLASS stratum of a pool comes from: the desk-review screening of the report year before the plan's
 * (HIGH / MEDIUM / LOW, table enterprise_risk_class), or, for a unit without one, the register's key-unit flag (KEY /
 * GENERAL).
 *
 * @param reportYear the report year whose screening is read (the plan's year − 1)
 * @param fromScreening units of the pool classed by that screening
 * @param fromKeyUnitFlag units without a screening, classed by the key-unit flag
 * @param basis the same in words, for the preview
 */
public record RiskClassBasis(int reportYear, int fromScreening, int fromKeyUnitFlag, String basis) {
    static RiskClassBasis of(int reportYear, int fromScreening, int fromKeyUnitFlag) {
        String text;
        if (fromKeyUnitFlag == 0 && fromScreening > 0) {
            text = "风险等级取自 " + reportYear + " 年度能源利用状况报告书面监察筛查结果（高、中、低风险）";
        } else if (fromScreening == 0) {
            text = reportYear + " 年度无书面监察筛查结果：风险等级按企业名录的重点用能单位标识（重点用能单位、一般用能单位）";
        } else {
            text = fromScreening + " 家取自 " + reportYear + " 年度书面监察筛查结果（高、中、低风险），" + fromKeyUnitFlag
                    + " 家无筛查结果，按企业名录的重点用能单位标识";
        }
        return new RiskClassBasis(reportYear, fromScreening, fromKeyUnitFlag, text);
    }
}
