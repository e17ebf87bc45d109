package cn.energyinspect.app.document;

/**
 * One enforcement document of a 节能监察 case, or a project-approval decision ({@link ApprovalDecision}), ready to be
 * rendered by {@link DocumentRenderer}.
 */
public sealed interface OfficialDocument
        permits InspectionNotice, OnSiteRecord, RectificationNotice, ReviewOpinion, ApprovalDecision {

    /** Issuing agency, number, date and the inspected enterprise. */
    DocumentHeader header();

    /** Which document this is; decides the title. */
    DocumentKind kind();
}
