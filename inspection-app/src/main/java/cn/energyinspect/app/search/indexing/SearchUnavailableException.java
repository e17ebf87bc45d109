package cn.energyinspect.app.search.indexing;

/** Elasticsearch did not answer (or answered 5xx/429 for the whole request): nothing was written, retry later. */
class SearchUnavailableException extends RuntimeException {
    SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
