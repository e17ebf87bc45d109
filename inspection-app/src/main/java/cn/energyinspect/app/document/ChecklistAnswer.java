package cn.energyinspect.app.document;

/** The answer to one checklist item (credit-and-documents.md B5). */
public enum ChecklistAnswer {
    COMPLIANT("符合"),
    NON_COMPLIANT("不符合"),
    NOT_APPLICABLE("不适用"),
    /** A value recorded (a figure, readings, photos, remarks) that is not itself a compliance verdict. */
    RECORDED("已记录"),
    /** Nothing was recorded for the item: never printed as 符合. */
    NOT_CHECKED("未检查");

    private final String label;

    ChecklistAnswer(String label) {
        this.label = label;
    }

    /** As printed, e.g. 不符合. */
    public String label() {
        return label;
    }
}
