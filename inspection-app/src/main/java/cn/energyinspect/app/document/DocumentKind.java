package cn.energyinspect.app.document;

/** The enforcement documents this package renders, with their printed titles. */
public enum DocumentKind {
    INSPECTION_NOTICE("节能监察通知书"),
    ON_SITE_RECORD("现场监察笔录"),
    RECTIFICATION_NOTICE("限期整改通知书"),
    REVIEW_OPINION("整改复查意见书");

    private final String title;

    DocumentKind(String title) {
        this.title = title;
    }

    /** The title printed on the document, e.g. 限期整改通知书. */
    public String title() {
        return title;
    }
}
