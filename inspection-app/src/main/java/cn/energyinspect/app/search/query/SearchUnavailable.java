package cn.energyinspect.app.search.query;

/** Elasticsearch did not answer, or has no index yet: a 503, never a 500. The message is for the log only. */
class SearchUnavailable extends RuntimeException {
    SearchUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
