package cn.energyinspect.app.inspection;

import cn.energyinspect.app.document.InspectionMode;

/** 现场监察 (on site) or 书面监察 (desk review of documents). */
public enum InspectionType {
    ON_SITE,
    DESK;

    /** The mode as the documents name it; its label (现场监察, 书面监察) is also the one lists and exports show. */
    public InspectionMode mode() {
        return this == DESK ? InspectionMode.DESK : InspectionMode.ON_SITE;
    }
}
