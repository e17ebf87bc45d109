package cn.energyinspect.app.document;

/**
 * One checked item in a 现场监察笔录.
 *
 * @param item the item as worded on the checklist, e.g. 是否按规定配备能源计量器具（GB 17167）
 * @param answer 符合 / 不符合 / 不适用
 * @param note what was seen and the evidence (document, photo, meter); required for 不符合, else may be {@code null}
 */
public record ChecklistLine(String item, ChecklistAnswer answer, String note) {

    public ChecklistLine {
        Check.text(item, "监察项目（item）");
        Check.present(answer, "监察结果（answer）");
        Check.optionalText(note, "情况说明（note）");
        if (answer == ChecklistAnswer.NON_COMPLIANT && note == null) {
            throw new IllegalArgumentException("监察项目“" + item + "”结果为不符合，应写明情况说明和证据（note）");
        }
    }
}
