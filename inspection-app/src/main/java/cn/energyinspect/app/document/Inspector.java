package cn.energyinspect.app.document;

/**
 * A law-enforcement officer (行政执法人员) named on a document.
 *
 * @param name full name
 * @param certificateNumber the number of the officer's 行政执法证, printed next to the name
 */
public record Inspector(String name, String certificateNumber) {

    public Inspector {
        Check.text(name, "监察人员姓名（name）");
        Check.text(certificateNumber, "执法证号（certificateNumber）");
    }
}
