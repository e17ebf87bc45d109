package cn.energyinspect.bpmn;

/** The capacity-replacement model against {@link CapacityReplacementProcess} (see {@link ProcessModelContract}). */
class CapacityReplacementModelTest extends ProcessModelContract {
    CapacityReplacementModelTest() {
        super(CapacityReplacementProcess.class);
    }
}
