package cn.energyinspect.app.search.indexing;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.support.IntegrationTest;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alias's index was created, but the node gave up waiting for the answer: its INITIAL rebuild row says FAILED, and
 * the next round found the alias and went on feeding it from the outbox only — records already in the database before
 * never reached it. The next start of the indexer fills it.
 */
@IntegrationTest
class UnfinishedFillTest {
    @Autowired
    ElasticsearchClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EnterpriseMapper enterprises;

    @Autowired
    SearchIndexWorker worker;

    @Autowired
    Rebuilds rebuilds;

    @Test
    void an_index_whose_creation_answered_too_late_is_filled_at_the_next_start_of_the_indexer() {
        SearchProbe index = new SearchProbe(client);
        String live = rebuilds.aliasIndices().iterator().next();
        // a record of the database that no outbox row names: only a fill brings it into the index
        EnterpriseForm form = anEnterprise()
                .inRegion("330106")
                .named("迟建索引企业" + System.nanoTime() + "有限公司")
                .build();
        transaction.executeWithoutResult(status -> enterprises.insert(form, false));
        String docId = SearchFields.DocType.ENTERPRISE.id(form.uscc());

        worker.stop();
        long failed;
        try {
            jdbc.update(
                    "INSERT INTO search_rebuild (kind, target_index, state, requested_by, finished_at, error)"
                            + " VALUES ('INITIAL', ?, 'FAILED', 'system', CURRENT_TIMESTAMP(3),"
                            + " 'SearchUnavailableException: Elasticsearch did not answer: SocketTimeoutException')",
                    live);
            failed = jdbc.queryForObject(
                    "SELECT MAX(id) FROM search_rebuild WHERE target_index = ? AND state = 'FAILED'", Long.class, live);
            assertThat(index.doc(docId)).as("not in the index before").isNull();
        } finally {
            worker.start();
        }

        SearchProbe.await(
                "the alias's index filled again",
                Duration.ofSeconds(120),
                () -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM search_rebuild WHERE target_index = ? AND id > ?"
                                        + " AND kind = 'INITIAL' AND state = 'DONE'",
                                Long.class,
                                live,
                                failed)
                        == 1);
        assertThat(index.awaitDoc(docId, Duration.ofSeconds(10)))
                .as("the record written before the fill is in the index")
                .containsEntry(SearchFields.ID, docId);
        assertThat(rebuilds.aliasIndices())
                .as("the same index, filled in place")
                .containsExactly(live);
        assertThat(rebuilds.fillUnfinished()).as("filled: nothing more to fill").isEmpty();
    }
}
