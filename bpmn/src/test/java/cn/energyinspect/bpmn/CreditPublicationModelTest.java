package cn.energyinspect.bpmn;

/** The credit-publication model against {@link CreditPublicationProcess} (see {@link ProcessModelContract}). */
class CreditPublicationModelTest extends ProcessModelContract {
    CreditPublicationModelTest() {
        super(CreditPublicationProcess.class);
    }
}
