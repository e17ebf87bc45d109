/**
 * Feeds the search index from the database.
 *
 * <p>Changes are recorded in {@code search_outbox} in the same transaction as the change ({@code SearchOutbox}); the
 * rows name a record (an enterprise or a case), never document content. {@link
 * cn.energyinspect.app.search.indexing.SearchIndexWorker} runs batches on its own thread: {@link
 * cn.energyinspect.app.search.indexing.OutboxIndexer} claims due rows with {@code FOR UPDATE SKIP LOCKED} (two nodes
 * take disjoint batches), rebuilds each named record's documents once from the database (a case brings its findings,
 * documents, evidence, answers, statement and reviews; an enterprise brings its cases), sends one bulk request, checks
 * every item, deletes the rows that succeeded and backs the others off exponentially until they are parked. Documents
 * of a case that the database no longer has are found by a search on {@code caseId} and deleted by id (the node has no
 * delete-by-query).
 *
 * <p>Every write carries an external version: the database clock read before the rows were read. Whatever order two
 * nodes, or a node and a rebuild, send their writes in, the document built from the newer rows wins, and a delete's
 * tombstone keeps an older write from resurrecting the document. This is what makes a rebuild safe while writes go on:
 * a FULL rebuild registers its new index in {@code search_rebuild}; from the next batch on every node writes each change
 * to the alias and to the new index; the rebuild fills the new index, switches the alias atomically, and only then
 * stops the double writes and deletes the old index.
 *
 * <p>Elasticsearch being down never blocks a workflow step or start-up: the worker logs {@code S-SEARCH-DOWN} once,
 * leaves the rows untouched (an outage does not count as an attempt) and retries with a growing pause.
 */
package cn.energyinspect.app.search.indexing;
