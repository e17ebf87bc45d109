package cn.energyinspect.app.document;

import cn.energyinspect.app.document.Table.Align;
import cn.energyinspect.app.document.Table.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * 现场监察笔录 after the 现场检查记录 form (安监检记): particulars, the statement that certificates were shown, the
 * checklist, meter readings and equipment as tables, the findings, and the signatures — or 拒绝签字 with the reason.
 * A record is signed, not sealed.
 */
final class OnSiteRecordLayout {

    private static final String NONE = "—";

    private OnSiteRecordLayout() {}

    static void compose(OnSiteRecord record, Flow flow) {
        Letterhead.parties(flow, record.header());
        flow.field("监察时间：", period(record));
        flow.field("监察地点：", record.place());
        flow.field("监察人员：", ChineseText.inspectors(record.inspectors()));
        EnterpriseRepresentative representative = record.representative();
        flow.field(
                "现场负责人：",
                representative.name() + "（职务：" + representative.position()
                        + (representative.phone() == null ? "" : "；联系电话：" + representative.phone()) + "）");
        flow.space(0.5f);
        if (record.round() > 1) {
            flow.paragraph("本次为对该单位整改情况的第" + (record.round() - 1) + "次现场复查（第" + record.round() + "轮现场监察）。");
        }
        flow.paragraph("监察人员向被监察单位现场负责人出示了行政执法证件，说明了监察的依据、内容和要求，告知其应当如实提供有关情况和资料，" + "不得拒绝、阻碍监察。现场监察情况记录如下：");
        Sections sections = new Sections(flow);
        sections.next("监察项目及结果");
        checklist(flow, record.checklist());
        if (!record.meterReadings().isEmpty()) {
            sections.next("能源计量器具读数");
            meters(flow, record.meterReadings());
        }
        if (!record.equipment().isEmpty()) {
            sections.next("主要用能设备");
            equipment(flow, record.equipment());
        }
        if (!record.remarks().isEmpty()) {
            sections.next("其他情况说明");
            record.remarks().forEach(flow::paragraph);
        }
        sections.next("监察发现");
        if (record.findings().isEmpty()) {
            flow.paragraph("本次现场监察未发现违反节能法律、法规、规章和强制性标准的问题。");
        } else {
            for (RecordedFinding finding : record.findings()) {
                flow.item(finding.number(), finding.description());
                if (finding.legalBasis() != null) {
                    flow.field("违反依据：", finding.legalBasis(), 2);
                }
            }
        }
        if (!record.evidence().isEmpty()) {
            sections.next("所附证据");
            evidence(flow, record.evidence());
        }
        sections.next("签名确认");
        signatures(flow, record);
    }

    private static String period(OnSiteRecord record) {
        String start = ChineseText.dateTime(record.startedAt());
        String end = ChineseText.dateTime(record.endedAt());
        if (record.startedAt().toLocalDate().equals(record.endedAt().toLocalDate())) {
            end = end.substring(ChineseText.date(record.endedAt().toLocalDate()).length());
        }
        return start + "至" + end;
    }

    private static void checklist(Flow flow, List<ChecklistLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ChecklistLine line = lines.get(i);
            rows.add(List.of(String.valueOf(i + 1), line.item(), line.answer().label(), orNone(line.note())));
        }
        flow.table(
                List.of(
                        new Column("序号", 0.8f, Align.CENTRE),
                        new Column("监察项目", 4, Align.LEFT),
                        new Column("结果", 1.1f, Align.CENTRE),
                        new Column("情况说明及证据", 4, Align.LEFT)),
                rows);
    }

    private static void meters(Flow flow, List<MeterReading> readings) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            MeterReading reading = readings.get(i);
            rows.add(List.of(
                    String.valueOf(i + 1),
                    reading.meter(),
                    reading.value().toPlainString(),
                    reading.unit(),
                    orNone(reading.remark())));
        }
        flow.table(
                List.of(
                        new Column("序号", 0.8f, Align.CENTRE),
                        new Column("计量器具", 4, Align.LEFT),
                        new Column("读数", 1.8f, Align.CENTRE),
                        new Column("单位", 1.1f, Align.CENTRE),
                        new Column("备注", 2.4f, Align.LEFT)),
                rows);
    }

    private static void equipment(Flow flow, List<EquipmentRow> equipment) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < equipment.size(); i++) {
            EquipmentRow row = equipment.get(i);
            rows.add(List.of(
                    String.valueOf(i + 1),
                    row.name(),
                    row.model(),
                    orNone(row.rating()),
                    orNone(row.efficiencyClass()),
                    orNone(row.standard()),
                    row.conclusion()));
        }
        flow.table(
                List.of(
                        new Column("序号", 0.8f, Align.CENTRE),
                        new Column("设备名称", 1.7f, Align.LEFT),
                        new Column("型号规格", 1.6f, Align.LEFT),
                        new Column("额定参数", 1.3f, Align.CENTRE),
                        new Column("能效等级", 1.3f, Align.CENTRE),
                        new Column("对照标准", 2.1f, Align.CENTRE),
                        new Column("结论", 1.5f, Align.LEFT)),
                rows);
    }

    private static void evidence(Flow flow, List<EvidenceLine> evidence) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            rows.add(List.of(
                    String.valueOf(i + 1),
                    evidence.get(i).name(),
                    evidence.get(i).sha256()));
        }
        flow.table(
                List.of(
                        new Column("序号", 0.8f, Align.CENTRE),
                        new Column("证据文件", 3.2f, Align.LEFT),
                        new Column("SHA-256 校验值", 6, Align.LEFT)),
                rows);
    }

    private static void signatures(Flow flow, OnSiteRecord record) {
        for (Inspector inspector : record.inspectors()) {
            flow.form("监察人员（签名）：", 5, "　执法证号：" + inspector.certificateNumber());
        }
        if (record.signatureRefused()) {
            flow.paragraph("被监察单位现场负责人" + record.representative().name() + "拒绝签字。拒绝理由："
                    + sentence(record.signatureRefusalReason()));
            flow.paragraph("以上情况由监察人员现场注明。");
            flow.form("见证人（签名）：", 6, "　　　　年　　月　　日");
        } else {
            flow.paragraph("现场负责人核对意见：以上笔录已阅，与事实相符。");
            flow.form("现场负责人（签名）：", 6, "　　　　年　　月　　日");
        }
    }

    /** Ends free text with a full stop unless it already ends a sentence. */
    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.matches(".*[。！？.!?]$") ? stripped : stripped + "。";
    }

    private static String orNone(String text) {
        return text == null ? NONE : text;
    }
}
