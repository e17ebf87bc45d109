package cn.energyinspect.app.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** A cement works inspected by the provincial 节能监察中心: the data of one case, document by document. */
final class DocumentFixtures {

    static final String AGENCY = "浙江省节能监察中心";
    static final String ENTERPRISE = "浙江某某水泥有限公司";
    static final String USCC = "91350100M000100Y43";
    static final LocalDate ISSUED = LocalDate.of(2026, 6, 20);

    private DocumentFixtures() {}

    static DocumentHeader header(String number) {
        return header(number, ISSUED);
    }

    static DocumentHeader header(String number, LocalDate issuedOn) {
        return new DocumentHeader(AGENCY, number, issuedOn, ENTERPRISE, USCC, "浙江省杭州市西湖区文三路100号");
    }

    static List<Inspector> inspectors() {
        return List.of(new Inspector("张明华", "33010020260001"), new Inspector("李晓燕", "33010020260002"));
    }

    static InspectionNotice inspectionNotice() {
        return new InspectionNotice(
                header("浙节监通〔2026〕7号", LocalDate.of(2026, 6, 1)),
                "王建国",
                InspectionMode.ON_SITE,
                List.of("《中华人民共和国节约能源法》第十二条、第十六条、第五十四条", "《工业节能监察办法》（工业和信息化部令第33号）"),
                List.of(
                        "执行单位产品能耗限额强制性国家标准（GB 16780-2021）情况",
                        "执行落后用能设备和工艺淘汰制度情况",
                        "电动机、风机、水泵、空压机等重点用能设备能效强制性国家标准执行情况",
                        "能源计量器具配备和管理（GB 17167）、能源消费统计和能源利用状况报告制度执行情况",
                        "能源管理岗位设立和能源管理负责人履职情况"),
                LocalDateTime.of(2026, 6, 10, 9, 30),
                LocalDate.of(2026, 6, 11),
                null,
                List.of(
                        "准备2025年度能源利用状况报告、能源消费统计台账和熟料、水泥产量统计资料",
                        "准备能源计量器具台账、检定或者校准证书和能源计量网络图",
                        "准备主要用能设备清单（含型号、额定功率、能效等级）"),
                inspectors(),
                "陈思远",
                "0571-87050000");
    }

    static OnSiteRecord onSiteRecord(String refusalReason) {
        return new OnSiteRecord(
                header("浙节监记〔2026〕7号", LocalDate.of(2026, 6, 10)),
                1,
                LocalDateTime.of(2026, 6, 10, 9, 30),
                LocalDateTime.of(2026, 6, 10, 16, 0),
                "厂区、中央控制室、1号熟料生产线",
                inspectors(),
                new EnterpriseRepresentative("王建国", "生产副总经理", "13900000000"),
                List.of(
                        new ChecklistLine(
                                "熟料单位产品综合能耗是否符合GB 16780-2021能耗限定值",
                                ChecklistAnswer.NON_COMPLIANT,
                                "2025年度熟料综合能耗核算值为117.9 kgce/t，高于限定值，见能源统计台账第12页"),
                        new ChecklistLine("是否使用列入淘汰目录的落后用能设备", ChecklistAnswer.NON_COMPLIANT, "2号磨机配套电动机列入第三批淘汰目录"),
                        new ChecklistLine("能源计量器具配备率是否符合GB 17167要求", ChecklistAnswer.COMPLIANT, null),
                        new ChecklistLine("是否按时报送能源利用状况报告", ChecklistAnswer.COMPLIANT, "2025年度报告已于2026年3月20日报送"),
                        new ChecklistLine("数据中心PUE是否符合要求", ChecklistAnswer.NOT_APPLICABLE, null)),
                List.of(
                        new MeterReading("1号总进线电能表（编号DB-001）", new BigDecimal("1285637.5"), "kW·h", "检定有效期至2026年12月"),
                        new MeterReading("入窑煤粉计量秤（编号CL-003）", new BigDecimal("18342.17"), "t", null)),
                List.of(
                        new EquipmentRow("三相异步电动机", "Y2-315L-4", "200 kW", "IE2", "GB 18613-2020", "低于能效限定值"),
                        new EquipmentRow("离心通风机", "4-72-12D", "75 kW", "2级", "GB 19761-2020", "符合")),
                List.of(
                        new RecordedFinding(
                                1,
                                "1号熟料生产线2025年度熟料单位产品综合能耗高于GB 16780-2021规定的限定值。",
                                "GB 16780-2021 表1；《中华人民共和国节约能源法》第十六条"),
                        new RecordedFinding(2, "2号水泥磨配套使用列入《高耗能落后机电设备（产品）淘汰目录（第三批）》的电动机1台。", null)),
                List.of("企业提供了2025年度能源统计台账原件。"),
                List.of(new EvidenceLine(
                        "熟料车间照片.jpg", "3f0c8f8a1a6e8d5b9a4e2c1d0b7f6e5a4c3b2a1908f7e6d5c4b3a29180f7e6d5")),
                refusalReason);
    }

    static RectificationNotice rectificationNotice(int findingCount) {
        List<FindingLine> findings = new ArrayList<>();
        findings.add(new FindingLine(
                1,
                "1号熟料生产线2025年度熟料单位产品综合能耗为117.9 kgce/t，超过单位产品能耗限定值。",
                "GB 16780-2021 表1；《中华人民共和国节约能源法》第十六条",
                "制定并实施节能技术改造方案，使熟料单位产品综合能耗达到GB 16780-2021限定值要求，并提交第三方能耗核算报告。",
                LocalDate.of(2026, 12, 31)));
        findings.add(new FindingLine(
                2,
                "2号水泥磨配套使用列入淘汰目录的电动机（型号Y2-315L-4）1台。",
                "《中华人民共和国节约能源法》第十七条；GB 18613-2020 第4.2条",
                "停止使用并更换为能效不低于GB 18613-2020能效限定值的电动机，提交设备更换凭证和照片。",
                LocalDate.of(2026, 7, 15)));
        IntStream.rangeClosed(3, findingCount)
                .forEach(n -> findings.add(new FindingLine(
                        n,
                        "第" + n + "号车间能源计量器具未按要求配备，主要次级用能单位电力计量器具配备率低于规定要求（问题" + n + "）。",
                        "GB 17167-2025 第4.3条；《中华人民共和国节约能源法》第二十七条",
                        "按照GB 17167-2025配备并检定能源计量器具，建立能源计量器具台账（要求" + n + "）。",
                        LocalDate.of(2026, 7, 15).plusDays(n))));
        return new RectificationNotice(
                header("浙节监改〔2026〕12号"),
                LocalDate.of(2026, 6, 10),
                findings,
                LocalDate.of(2027, 1, 10),
                "浙江省人民政府",
                null,
                inspectors(),
                "陈思远",
                "0571-87050000");
    }

    static ReviewOpinion reviewOpinion() {
        return new ReviewOpinion(
                header("浙节监复〔2026〕3号", LocalDate.of(2026, 7, 20)),
                "浙节监改〔2026〕12号",
                ISSUED,
                LocalDate.of(2026, 7, 18),
                List.of(
                        new ReviewLine(
                                2,
                                "2号水泥磨配套使用列入淘汰目录的电动机1台",
                                "已于2026年7月8日拆除原电动机，更换为YE4-315L-4型电动机（能效1级），提交了采购合同和现场照片。",
                                ReviewResult.ACCEPTED,
                                null,
                                null),
                        new ReviewLine(
                                3,
                                "第3号车间能源计量器具配备不足",
                                "已采购电能表12块，安装完成8块，其余4块尚未安装。",
                                ReviewResult.REINSPECTION_ORDERED,
                                "计量器具配备率仍未达到GB 17167-2025要求。",
                                LocalDate.of(2026, 8, 31)),
                        new ReviewLine(4, "第4号车间能源计量器具配备不足", "未提交整改材料。", ReviewResult.REJECTED, "现场复查未见整改。", null)),
                "第1项（熟料综合能耗超限额）整改期限尚未届满，届时另行复查。",
                List.of("陈思远"));
    }
}
