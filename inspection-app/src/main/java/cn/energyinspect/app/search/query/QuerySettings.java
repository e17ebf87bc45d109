package cn.energyinspect.app.search.query;

import cn.energyinspect.app.search.SearchFields;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the search API under {@code energyinspect.search} (the cluster's own settings are in {@link
 * cn.energyinspect.app.search.SearchProperties}).
 *
 * @param indexAlias the alias searched; {@link SearchFields#ALIAS} unless a test or a migration points elsewhere
 * @param queryTimeout how long Elasticsearch may spend on one search before answering with what it has
 */
@ConfigurationProperties("energyinspect.search")
record QuerySettings(String indexAlias, Duration queryTimeout) {
    QuerySettings {
        indexAlias = indexAlias == null || indexAlias.isBlank() ? SearchFields.ALIAS : indexAlias;
        queryTimeout = queryTimeout == null ? Duration.ofSeconds(10) : queryTimeout;
    }
}
