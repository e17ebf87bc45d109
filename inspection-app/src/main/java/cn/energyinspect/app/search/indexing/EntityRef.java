package cn.energyinspect.app.search.indexing;

/** A record named by the outbox: {@code ENTERPRISE}+uscc or {@code CASE}+case id. */
record EntityRef(String entity, String key) {
    static final String ENTERPRISE = "ENTERPRISE";
    static final String CASE = "CASE";
    static final String APPROVAL = "APPROVAL";

    static EntityRef enterprise(String uscc) {
        return new EntityRef(ENTERPRISE, uscc);
    }

    static EntityRef ofCase(long caseId) {
        return new EntityRef(CASE, Long.toString(caseId));
    }

    @Override
    public String toString() {
        return entity + ":" + key;
    }
}
