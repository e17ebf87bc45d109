package cn.energyinspect.app.document;

import java.time.LocalDateTime;

/**
 * 听证笔录 (行政处罚法 Art. 64(八), 65): when and where, who hosted, who attended, what the investigators and the party
 * said, and the host's report; the party signs or seals it, and the decision follows it.
 *
 * @param attendees 参加人 (the party's representatives, the investigators)
 * @param record 听证记录 (the proceedings)
 * @param report 听证报告 (the host's opinion)
 */
public record HearingRecord(
        DocumentHeader header,
        String caseName,
        LocalDateTime heldAt,
        String place,
        String host,
        String attendees,
        String record,
        String report)
        implements OfficialDocument {

    public HearingRecord {
        Check.present(header, "文书抬头（header）");
        Check.text(caseName, "案件名称（caseName）");
        Check.present(heldAt, "听证时间（heldAt）");
        Check.text(place, "听证地点（place）");
        Check.text(host, "听证主持人（host）");
        Check.text(attendees, "参加人（attendees）");
        Check.text(record, "听证记录（record）");
        Check.text(report, "听证报告（report）");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.HEARING_RECORD;
    }
}
