package cn.energyinspect.app.inspection;

/** 现场监察 (on site) or 书面监察 (desk review of documents). */
public enum InspectionType {
    ON_SITE,
    DESK
}
