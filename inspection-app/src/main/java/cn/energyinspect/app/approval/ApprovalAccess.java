package cn.energyinspect.app.approval;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.rules.basis.RegionCodes;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who sees and does what with an application. The enterprise sees its own; reviewers, auditors and administrators see
 * the applications of their region and below (another region's is a 404, never a 403). A project reviewer with a
 * city code reviews first; one with the province's code reviews, publishes and decides.
 */
@Component
class ApprovalAccess {
    private final ApprovalMapper approvals;

    ApprovalAccess(ApprovalMapper approvals) {
        this.approvals = approvals;
    }

    /** The application if {@code user} may see it, else 404. */
    ApprovalRow visible(long id, CurrentUser user) {
        return approvals.find(id).filter(row -> sees(row, user)).orElseThrow(() -> Refusal.notFound("审批申请"));
    }

    /** The application locked for a change, if {@code user} may see it, else 404. */
    ApprovalRow locked(long id, CurrentUser user) {
        visible(id, user);
        return approvals.lock(id).orElseThrow(() -> Refusal.notFound("审批申请"));
    }

    static boolean sees(ApprovalRow row, CurrentUser user) {
        if (user.role() == Role.ENTERPRISE) {
            return row.enterpriseUscc().equals(user.enterpriseUscc());
        }
        return user.role() != Role.INSPECTOR && user.jurisdiction().coversRegion(row.regionCode());
    }

    static boolean ownedBy(ApprovalRow row, CurrentUser user) {
        return user.role() == Role.ENTERPRISE && row.enterpriseUscc().equals(user.enterpriseUscc());
    }

    static boolean cityReviewer(ApprovalRow row, CurrentUser user) {
        return user.role() == Role.PROJECT_REVIEWER
                && level(user.regionCode()).equals("CITY")
                && RegionCodes.isWithin(row.regionCode(), user.regionCode());
    }

    static boolean provinceReviewer(ApprovalRow row, CurrentUser user) {
        return user.role() == Role.PROJECT_REVIEWER
                && level(user.regionCode()).equals("PROVINCE")
                && row.provinceCode().equals(user.regionCode());
    }

    static void requireOwner(ApprovalRow row, CurrentUser user) {
        if (!ownedBy(row, user)) {
            throw Refusal.forbidden("只有申请企业可以修改和提交申请");
        }
    }

    static void requireCityReviewer(ApprovalRow row, CurrentUser user) {
        if (!cityReviewer(row, user)) {
            throw Refusal.forbidden("只有项目所在市的项目审核员可以初审");
        }
    }

    static void requireProvinceReviewer(ApprovalRow row, CurrentUser user) {
        if (!provinceReviewer(row, user)) {
            throw Refusal.forbidden("只有省级项目审核员可以办理此步骤");
        }
    }

    static void requireReviewer(ApprovalRow row, CurrentUser user) {
        if (!cityReviewer(row, user) && !provinceReviewer(row, user)) {
            throw Refusal.forbidden("只有项目审核员可以办理此步骤");
        }
    }

    /** PROVINCE, CITY or COUNTY by the shape of the code. */
    static String level(String code) {
        if (code.endsWith("0000")) {
            return "PROVINCE";
        }
        return code.endsWith("00") ? "CITY" : "COUNTY";
    }

    static Optional<String> enterpriseOf(CurrentUser user) {
        return Optional.ofNullable(user.role() == Role.ENTERPRISE ? user.enterpriseUscc() : null);
    }
}
