package cn.energyinspect.bpmn;

/** The penalty model against {@link PenaltyProcess} (see {@link ProcessModelContract}). */
class PenaltyModelTest extends ProcessModelContract {
    PenaltyModelTest() {
        super(PenaltyProcess.class);
    }
}
