package cn.energyinspect.app.document;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 现场监察笔录: what the inspectors saw on site, signed by them and by the enterprise's person in charge — or the
 * note that the latter refused to sign, with the reason.
 *
 * @param header agency, number, date, enterprise; {@code issuedOn} is the day the record is closed
 * @param round the inspection round: 1, then 2+ for a re-inspection (复查), printed as such
 * @param startedAt start of the inspection
 * @param endedAt end of the inspection, after the start
 * @param place where it took place (检查场所), e.g. 厂区、中央控制室、1号窑头
 * @param inspectors the officers present, at least two; they state they showed their certificates
 * @param representative the enterprise's person in charge on site
 * @param checklist the items checked and their answers, at least one
 * @param meterReadings readings taken, may be empty (the section is then left out)
 * @param equipment equipment examined, may be empty (the section is then left out)
 * @param findings what the inspectors found (监察发现), each with its number in the case; may be empty (prints that
 *     nothing was found)
 * @param remarks other remarks recorded (其他情况说明), may be empty
 * @param evidence the evidence items the record covers, with their SHA-256, may be empty
 * @param signatureRefusalReason {@code null} when the representative signs; otherwise the reason given for refusing
 *     (printed as 拒绝签字 with the reason)
 */
public record OnSiteRecord(
        DocumentHeader header,
        int round,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        String place,
        List<Inspector> inspectors,
        EnterpriseRepresentative representative,
        List<ChecklistLine> checklist,
        List<MeterReading> meterReadings,
        List<EquipmentRow> equipment,
        List<RecordedFinding> findings,
        List<String> remarks,
        List<EvidenceLine> evidence,
        String signatureRefusalReason)
        implements OfficialDocument {

    public OnSiteRecord {
        Check.present(header, "文书抬头（header）");
        Check.present(startedAt, "监察开始时间（startedAt）");
        Check.present(endedAt, "监察结束时间（endedAt）");
        if (!endedAt.isAfter(startedAt)) {
            throw new IllegalArgumentException("监察结束时间（endedAt）应晚于开始时间（startedAt）");
        }
        if (header.issuedOn().isBefore(endedAt.toLocalDate())) {
            throw new IllegalArgumentException("笔录日期（issuedOn）早于监察结束时间");
        }
        Check.text(place, "监察地点（place）");
        inspectors = Check.inspectors(inspectors);
        Check.present(representative, "被监察单位现场负责人（representative）");
        checklist = Check.nonEmpty(checklist, "监察项目（checklist）");
        meterReadings = Check.list(meterReadings, "计量器具读数（meterReadings）");
        equipment = Check.list(equipment, "用能设备（equipment）");
        if (round < 1) {
            throw new IllegalArgumentException("监察轮次（round）应从1开始，实际为" + round);
        }
        findings = Check.list(findings, "监察发现（findings）");
        Check.uniqueNumbers(findings.stream().map(RecordedFinding::number).toList(), "监察发现（findings）");
        remarks = Check.texts(remarks, "其他情况说明（remarks）");
        evidence = Check.list(evidence, "所附证据（evidence）");
        Check.optionalText(signatureRefusalReason, "拒绝签字理由（signatureRefusalReason）");
    }

    /** Whether the enterprise's representative refused to sign. */
    public boolean signatureRefused() {
        return signatureRefusalReason != null;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.ON_SITE_RECORD;
    }
}
