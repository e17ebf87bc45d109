package cn.energyinspect.app.inspection;

/** Where a case stands, kept in our table so lists and roll-ups never scan Camunda's history. */
public enum CaseStatus {
    OPENED("已立案"),
    TEAM_ASSIGNED("已组成监察组"),
    NOTICE_SERVED("已送达监察通知书"),
    INSPECTED("已完成现场监察"),
    NOTICE_DRAFTED("整改通知书待审批"),
    NOTICE_APPROVED("整改通知书已批准"),
    RECTIFYING("整改中"),
    ANSWERED("企业已回复整改"),
    CLOSURE_PENDING("待结案审批"),
    CLOSED("已结案"),
    REFERRED_FOR_PENALTY("已移送行政处罚");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == CLOSED || this == REFERRED_FOR_PENALTY;
    }
}
