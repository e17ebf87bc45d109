package cn.energyinspect.app.search.indexing;

/** Rows waiting in the outbox (including those backing off after a failure) and rows parked for an administrator. */
public record OutboxCounts(long pending, long parked) {}
