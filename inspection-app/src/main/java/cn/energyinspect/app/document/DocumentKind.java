package cn.energyinspect.app.document;

/** The enforcement documents this package renders, with their printed titles. */
public enum DocumentKind {
    INSPECTION_NOTICE("节能监察通知书"),
    ON_SITE_RECORD("现场监察笔录"),
    RECTIFICATION_NOTICE("限期整改通知书"),
    REVIEW_OPINION("整改复查意见书"),
    // project approvals (app/approval): decisions of the province's industry department
    APPROVAL_ANNOUNCEMENT("产能置换方案公告"),
    APPROVAL_REPLY("关于产能置换方案的批复"),
    WHITE_LIST_NOTICE("关于列入白名单的通知"),
    APPROVAL_REVOCATION("关于暂停或撤销审批结果的公告");

    private final String title;

    DocumentKind(String title) {
        this.title = title;
    }

    /** The title printed on the document, e.g. 限期整改通知书. */
    public String title() {
        return title;
    }
}
