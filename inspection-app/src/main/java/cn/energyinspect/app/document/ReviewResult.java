package cn.energyinspect.app.document;

/** The review verdict on one finding of a 限期整改通知书. */
public enum ReviewResult {
    /** 已整改到位. */
    ACCEPTED("已整改到位，予以认可"),
    /** Not yet done or only partly: a new deadline and another review. */
    REINSPECTION_ORDERED("尚未整改到位，责令继续整改并再次复查"),
    /** Not done or not acceptable: the case goes on (e.g. to 行政处罚). */
    REJECTED("未整改或者整改不符合要求，不予认可");

    private final String label;

    ReviewResult(String label) {
        this.label = label;
    }

    /** As printed. */
    public String label() {
        return label;
    }
}
