package cn.energyinspect.app.document;

import java.time.LocalDateTime;

/**
 * 听证通知书 (行政处罚法 Art. 64): when and where the hearing is held, served at least 7 working days before it; who
 * hosts it (never an investigator of the case); whether it is public; the party's rights (1–2 representatives, 回避, a
 * no-show or leaving without leave waives the hearing); the hearing costs the party nothing.
 *
 * @param caseName the case the hearing is for, e.g. the penalty case's number
 * @param hearingAt when, after {@code issuedOn}
 * @param place where
 * @param host 听证主持人
 * @param publicHearing 公开举行 (false: not public, for 国家秘密、商业秘密或者个人隐私)
 */
public record HearingNotice(
        DocumentHeader header,
        String caseName,
        LocalDateTime hearingAt,
        String place,
        String host,
        boolean publicHearing,
        String contactPerson,
        String contactPhone)
        implements OfficialDocument {

    public HearingNotice {
        Check.present(header, "文书抬头（header）");
        Check.text(caseName, "案件名称（caseName）");
        Check.present(hearingAt, "听证时间（hearingAt）");
        if (!hearingAt.toLocalDate().isAfter(header.issuedOn())) {
            throw new IllegalArgumentException("听证时间（hearingAt）应晚于通知书成文日期");
        }
        Check.text(place, "听证地点（place）");
        Check.text(host, "听证主持人（host）");
        Check.text(contactPerson, "联系人（contactPerson）");
        Check.text(contactPhone, "联系电话（contactPhone）");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.HEARING_NOTICE;
    }
}
