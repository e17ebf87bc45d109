package cn.energyinspect.bpmn;

/** The desk-review model against {@link DeskReviewProcess} (see {@link ProcessModelContract}). */
class DeskReviewModelTest extends ProcessModelContract {
    DeskReviewModelTest() {
        super(DeskReviewProcess.class);
    }
}
