package cn.energyinspect.app.document;

/** 节能监察办法: an inspection is either on site or on paper. */
public enum InspectionMode {
    /** 现场监察: written notice with basis, content, time and requirements 5 days before the visit. */
    ON_SITE("现场监察"),
    /** 书面监察: written notice, no minimum period. */
    DESK("书面监察");

    private final String label;

    InspectionMode(String label) {
        this.label = label;
    }

    /** As printed, e.g. 现场监察. */
    public String label() {
        return label;
    }
}
