package cn.energyinspect.bpmn;

/** The white-list model against {@link WhiteListProcess} (see {@link ProcessModelContract}). */
class WhiteListModelTest extends ProcessModelContract {
    WhiteListModelTest() {
        super(WhiteListProcess.class);
    }
}
