package cn.energyinspect.app.document;

/** 公告 / 批复 / 通知 of a project approval: addressee, body, particulars, closing and the seal block. */
final class ApprovalDecisionLayout {

    private ApprovalDecisionLayout() {}

    static void compose(ApprovalDecision decision, Flow flow) {
        DocumentHeader header = decision.header();
        if (decision.addressee() != null) {
            flow.paragraph(decision.addressee() + "：");
        }
        decision.paragraphs().forEach(flow::paragraph);
        if (!decision.particulars().isEmpty()) {
            flow.space(0.5f);
            decision.particulars().forEach(p -> flow.field(p.label() + "：", p.value()));
        }
        flow.space(0.5f);
        flow.paragraph(decision.closing());
        flow.field("申请单位：", header.enterpriseName());
        flow.field("统一社会信用代码：", header.enterpriseUscc());
        Endings.sealed(flow, header);
    }
}
