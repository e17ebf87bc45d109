package cn.energyinspect.app.search.query;

import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchFields.DocType;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes search documents straight into the index for the search tests, with builders that read like the records they
 * stand for. Creates the index behind the alias from the shared mapping if the indexer has not (yet) done so.
 */
final class TestRecords {
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private TestRecords() {}

    /** A key no other test document uses, also good as a campaign id that marks one test's documents. */
    static long unique() {
        return SEQUENCE.incrementAndGet();
    }

    static synchronized void ensureIndex(ElasticsearchClient client) {
        try {
            if (client.indices().existsAlias(a -> a.name(SearchFields.ALIAS)).value()) {
                return;
            }
            String physical = SearchFields.ALIAS + "-search-test-" + unique();
            try (InputStream mapping = TestRecords.class.getResourceAsStream(SearchFields.MAPPING_RESOURCE)) {
                client.indices().create(c -> c.index(physical).withJson(mapping).aliases(SearchFields.ALIAS, a -> a));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void index(ElasticsearchClient client, List<Doc> docs) {
        try {
            BulkResponse response = client.bulk(BulkRequest.of(b -> {
                for (Doc doc : docs) {
                    b.operations(o -> o.index(
                            i -> i.index(SearchFields.ALIAS).id(doc.id()).document(doc.fields)));
                }
                return b.refresh(Refresh.WaitFor);
            }));
            if (response.errors()) {
                throw new IllegalStateException("bulk failed: "
                        + response.items().stream()
                                .filter(i -> i.error() != null)
                                .map(i -> i.error().reason())
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Doc a(DocType type) {
        return new Doc(type, unique());
    }

    /** One search document; region codes set the county and its chain. */
    static final class Doc {
        final Map<String, Object> fields = new LinkedHashMap<>();

        Doc(DocType type, long key) {
            fields.put(SearchFields.ID, type.id(key));
            fields.put(SearchFields.TYPE, type.name());
            // as the indexer writes them: what is addressed to the enterprise is visible to it, the team's evidence not
            fields.put(SearchFields.VISIBLE_TO_ENTERPRISE, type != DocType.EVIDENCE);
        }

        String id() {
            return (String) fields.get(SearchFields.ID);
        }

        Doc inCounty(String county) {
            fields.put(SearchFields.REGION_CODE, county);
            fields.put(
                    SearchFields.REGION_CHAIN,
                    List.of(county.substring(0, 2) + "0000", county.substring(0, 4) + "00", county));
            return this;
        }

        Doc of(String uscc, String enterpriseName) {
            fields.put(SearchFields.ENTERPRISE_USCC, uscc);
            fields.put(SearchFields.ENTERPRISE_NAME, enterpriseName);
            return this;
        }

        Doc inCampaign(long campaignId) {
            return with(SearchFields.CAMPAIGN_ID, campaignId);
        }

        Doc titled(String title) {
            return with(SearchFields.TITLE, title);
        }

        Doc saying(String text) {
            return with(SearchFields.TEXT, text);
        }

        Doc on(LocalDate date) {
            return with(SearchFields.DATE, date.toString());
        }

        Doc numbered(String documentNumber) {
            return with(SearchFields.DOCUMENT_NUMBER, documentNumber);
        }

        Doc with(String field, Object value) {
            fields.put(field, value);
            return this;
        }
    }
}
