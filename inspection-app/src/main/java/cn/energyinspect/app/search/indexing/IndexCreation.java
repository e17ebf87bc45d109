package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchProperties;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The body a new index is created with: the mapping file's settings and mappings, with {@code number_of_replicas}
 * fitted to the cluster — {@code energyinspect.search.replicas} when set, otherwise one replica when the cluster has
 * more than one data node (so losing a node loses no shard) and none on a single node.
 */
final class IndexCreation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexCreation() {}

    /** Replicas for a cluster of {@code dataNodes} data nodes: the configured count, or min(1, dataNodes - 1). */
    static int replicas(Integer configured, int dataNodes) {
        if (configured != null) {
            return configured;
        }
        return Math.max(0, Math.min(1, dataNodes - 1));
    }

    /** Replicas for the cluster the client talks to (asks it for its data nodes unless configured). */
    static int replicas(ElasticsearchClient client, SearchProperties settings) {
        if (settings.replicas() != null) {
            return settings.replicas();
        }
        int dataNodes = BulkWriter.call(() -> client.cluster().health().numberOfDataNodes());
        return replicas(null, dataNodes);
    }

    /** The creation body (JSON) of the mapping file with {@code replicas}. */
    static String body(int replicas) {
        try (InputStream mapping = IndexCreation.class.getResourceAsStream(SearchFields.MAPPING_RESOURCE)) {
            if (mapping == null) {
                throw new IllegalStateException("missing " + SearchFields.MAPPING_RESOURCE);
            }
            ObjectNode body = (ObjectNode) JSON.readTree(mapping);
            ((ObjectNode) body.get("settings")).put("number_of_replicas", replicas);
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
