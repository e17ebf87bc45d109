package cn.energyinspect.app.notification;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The messages of a case's events, one method per event, so the code where the event happens makes one call: the
 * day-15 escalation of a rectification notice not yet served (the supervisors), the 20-day limit passed, the statement
 * period over, the rectification deadline passed and the case referred for penalty, an enterprise's answer arrived.
 * Each names the case by number and enterprise and opens the case page; the case page lists who was told and when.
 */
@Component
public class CaseNotices {
    private final Notifier notifier;
    private final NotificationMapper mapper;

    CaseNotices(Notifier notifier, NotificationMapper mapper) {
        this.notifier = notifier;
        this.mapper = mapper;
    }

    public void statementPeriodOver(long caseId) {
        publish(
                caseId,
                NoticeKind.STATEMENT_PERIOD_OVER,
                "陈述期届满",
                "企业未在陈述期内提出陈述，案件进入起草整改通知书",
                new Audience.All(List.of(new Audience.CaseTeam(caseId), new Audience.CaseSupervisors(caseId))),
                "statement-over-" + caseId);
    }

    public void noticeServiceEscalated(long caseId) {
        publish(
                caseId,
                NoticeKind.NOTICE_SERVICE_ESCALATED,
                "整改通知书送达预警",
                "现场监察结束已满 15 日，限期整改通知书尚未送达（法定 20 日内送达），请督促办理",
                new Audience.CaseSupervisors(caseId),
                "notice-escalated-" + caseId);
    }

    public void noticeServiceLate(long caseId) {
        publish(
                caseId,
                NoticeKind.NOTICE_SERVICE_LATE,
                "整改通知书逾期未送达",
                "限期整改通知书未在现场监察结束后 20 日内送达，已记为逾期",
                new Audience.All(List.of(new Audience.CaseSupervisors(caseId), new Audience.CaseTeam(caseId))),
                "notice-late-" + caseId);
    }

    public void referredForPenalty(long caseId) {
        publish(
                caseId,
                NoticeKind.REFERRED_FOR_PENALTY,
                "整改期限届满，已移送行政处罚",
                "企业未在整改期限内完成整改答复，案件已移送行政处罚",
                new Audience.All(List.of(new Audience.CaseSupervisors(caseId), new Audience.CaseTeam(caseId))),
                "referred-" + caseId);
    }

    public void enterpriseAnswered(long caseId, long answerId) {
        publish(
                caseId,
                NoticeKind.ENTERPRISE_ANSWERED,
                "企业已提交整改回复",
                "企业提交了整改回复，请审查",
                new Audience.All(List.of(new Audience.CaseTeam(caseId), new Audience.CaseSupervisors(caseId))),
                "answered-" + caseId + "-" + answerId);
    }

    private void publish(long caseId, NoticeKind kind, String title, String body, Audience audience, String key) {
        String label = mapper.caseLabel(caseId)
                .map(c -> c.caseNumber() + (c.enterpriseName() == null ? "" : "（" + c.enterpriseName() + "）"))
                .orElse("案件 " + caseId);
        notifier.publish(new Notice(
                kind, title + "：" + label, label + "：" + body, "/cases/" + caseId, caseId, null, null, audience, key));
    }
}
