package cn.energyinspect.app.document;

import java.time.LocalDate;
import java.util.List;

/**
 * 限期整改通知书: the problems found, each with its legal basis, required action and deadline, the duty to report,
 * and the party's remedies (行政复议 within 60 days; 行政诉讼 within 6 months).
 *
 * <p>It should be served within 20 days after the inspection and only after the enterprise was heard; both are the
 * workflow's job.
 *
 * @param header agency, number, date, enterprise
 * @param inspectedOn the day of the inspection the findings come from, not after {@code issuedOn}
 * @param findings the problems, at least one, numbered uniquely; each deadline after {@code issuedOn}
 * @param reportDueOn the day by which the enterprise must report in writing what it did, not before {@code issuedOn}
 * @param reconsiderationBody where to apply for 行政复议, e.g. 浙江省人民政府 (since the 2023 行政复议法 normally the
 *     people's government at the agency's level)
 * @param court the court for 行政诉讼, or {@code null} for the generic 有管辖权的人民法院
 * @param inspectors the officers who inspected, at least two
 * @param contactPerson contact at the agency
 * @param contactPhone that contact's phone number
 */
public record RectificationNotice(
        DocumentHeader header,
        LocalDate inspectedOn,
        List<FindingLine> findings,
        LocalDate reportDueOn,
        String reconsiderationBody,
        String court,
        List<Inspector> inspectors,
        String contactPerson,
        String contactPhone)
        implements OfficialDocument {

    public RectificationNotice {
        Check.present(header, "文书抬头（header）");
        Check.present(inspectedOn, "监察日期（inspectedOn）");
        if (inspectedOn.isAfter(header.issuedOn())) {
            throw new IllegalArgumentException("监察日期（inspectedOn）晚于通知书成文日期");
        }
        findings = Check.nonEmpty(findings, "存在问题（findings）");
        Check.uniqueNumbers(findings.stream().map(FindingLine::number).toList(), "存在问题（findings）");
        for (FindingLine finding : findings) {
            if (!finding.deadline().isAfter(header.issuedOn())) {
                throw new IllegalArgumentException("第" + finding.number() + "项问题的整改期限（deadline）应晚于通知书成文日期");
            }
        }
        Check.present(reportDueOn, "整改报告期限（reportDueOn）");
        if (reportDueOn.isBefore(header.issuedOn())) {
            throw new IllegalArgumentException("整改报告期限（reportDueOn）早于通知书成文日期");
        }
        Check.text(reconsiderationBody, "行政复议机关（reconsiderationBody）");
        Check.optionalText(court, "人民法院（court）");
        inspectors = Check.inspectors(inspectors);
        Check.text(contactPerson, "联系人（contactPerson）");
        Check.text(contactPhone, "联系电话（contactPhone）");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.RECTIFICATION_NOTICE;
    }
}
