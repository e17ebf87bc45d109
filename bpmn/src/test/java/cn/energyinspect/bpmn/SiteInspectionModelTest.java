package cn.energyinspect.bpmn;

/** The site-inspection model against {@link SiteInspectionProcess} (see {@link ProcessModelContract}). */
class SiteInspectionModelTest extends ProcessModelContract {
    SiteInspectionModelTest() {
        super(SiteInspectionProcess.class);
    }
}
