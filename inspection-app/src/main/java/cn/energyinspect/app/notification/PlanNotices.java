package cn.energyinspect.app.notification;

import cn.energyinspect.app.security.Role;
import org.springframework.stereotype.Component;

/** Messages of campaign plans: a plan split down to an agency tells that agency's supervisors. */
@Component
public class PlanNotices {
    private final Notifier notifier;

    PlanNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    /** A sub-plan issued (or re-issued with another quota) to {@code agencyId}. */
    public void issued(long planId, long agencyId, String title, int quota, int version) {
        notifier.publish(new Notice(
                NoticeKind.PLAN_SPLIT,
                "上级下达监察计划：" + title,
                "上级机构向本机构下达了监察计划“" + title + "”，本级任务 " + quota + " 家，请接收或退回",
                "/campaigns/" + planId,
                null,
                null,
                planId,
                new Audience.AgencyRole(agencyId, Role.SUPERVISOR),
                "plan-issued-" + planId + "-" + version));
    }
}
