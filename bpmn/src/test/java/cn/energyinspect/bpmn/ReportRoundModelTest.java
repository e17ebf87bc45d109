package cn.energyinspect.bpmn;

/** The report-round model against {@link ReportRoundProcess} (see {@link ProcessModelContract}). */
class ReportRoundModelTest extends ProcessModelContract {
    ReportRoundModelTest() {
        super(ReportRoundProcess.class);
    }
}
