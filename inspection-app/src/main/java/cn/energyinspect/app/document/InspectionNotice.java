package cn.energyinspect.app.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 节能监察通知书: tells the enterprise the basis, content, time and requirements of an inspection. For a 现场监察 it
 * must be served at least 5 days before the visit unless the case is an exception (suspected violation, complaint,
 * spot check); that timing is the workflow's job, not checked here.
 *
 * @param header agency, number, date, enterprise
 * @param legalRepresentative 法定代表人或负责人 of the enterprise, or {@code null} when not known (line left out)
 * @param mode 现场监察 or 书面监察
 * @param legalBasis 监察依据, one entry per law/rule/standard, e.g. 《中华人民共和国节约能源法》第五十四条
 * @param content 监察内容, one entry per item (see credit-and-documents.md B5)
 * @param scheduledStart when the inspection starts (date and time)
 * @param scheduledEnd last day of the inspection, or {@code null} for a one-day inspection; not before the start
 * @param place where it takes place, or {@code null} to use the enterprise address (on site) / leave it out (desk)
 * @param requirements what the enterprise must prepare or do (materials, people present), may be empty; a standard
 *     duty to cooperate is always printed
 * @param inspectors the officers who will inspect, at least two
 * @param contactPerson contact at the agency
 * @param contactPhone that contact's phone number
 */
public record InspectionNotice(
        DocumentHeader header,
        String legalRepresentative,
        InspectionMode mode,
        List<String> legalBasis,
        List<String> content,
        LocalDateTime scheduledStart,
        LocalDate scheduledEnd,
        String place,
        List<String> requirements,
        List<Inspector> inspectors,
        String contactPerson,
        String contactPhone)
        implements OfficialDocument {

    public InspectionNotice {
        Check.present(header, "文书抬头（header）");
        Check.optionalText(legalRepresentative, "法定代表人（legalRepresentative）");
        Check.present(mode, "监察方式（mode）");
        legalBasis = Check.texts(Check.nonEmpty(legalBasis, "监察依据（legalBasis）"), "监察依据（legalBasis）");
        content = Check.texts(Check.nonEmpty(content, "监察内容（content）"), "监察内容（content）");
        Check.present(scheduledStart, "监察开始时间（scheduledStart）");
        if (scheduledEnd != null && scheduledEnd.isBefore(scheduledStart.toLocalDate())) {
            throw new IllegalArgumentException("监察结束日期（scheduledEnd）早于开始日期");
        }
        if (scheduledStart.toLocalDate().isBefore(header.issuedOn())) {
            throw new IllegalArgumentException("监察开始时间（scheduledStart）早于通知书成文日期");
        }
        Check.optionalText(place, "监察地点（place）");
        requirements = Check.texts(requirements, "有关要求（requirements）");
        inspectors = Check.inspectors(inspectors);
        Check.text(contactPerson, "联系人（contactPerson）");
        Check.text(contactPhone, "联系电话（contactPhone）");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.INSPECTION_NOTICE;
    }
}
