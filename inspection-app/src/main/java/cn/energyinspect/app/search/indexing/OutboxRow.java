package cn.energyinspect.app.search.indexing;

/** A claimed row of {@code search_outbox}: which record changed, and how often indexing it has failed. */
record OutboxRow(long id, String entity, String entityKey, int attempts) {
    EntityRef ref() {
        return new EntityRef(entity, entityKey);
    }
}
