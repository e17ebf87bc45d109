package cn.energyinspect.app.document;

/** How the sealed documents end: 特此通知 / seal block, then a receipt to fill in when served. */
final class Endings {

    private Endings() {}

    static void sealed(Flow flow, DocumentHeader header) {
        flow.sealedSignature(header.issuingAgency(), header.issuedOn());
    }

    /** 签收: the enterprise signs for the document (送达回证 is the formal record; this is the copy's receipt). */
    static void receipt(Flow flow) {
        flow.space(1);
        flow.keepLastWithNext();
        flow.form("被监察单位签收人（签名）：", 8);
        flow.keepLastWithNext();
        flow.form("签收日期：", "　　　　年　　月　　日");
    }
}
