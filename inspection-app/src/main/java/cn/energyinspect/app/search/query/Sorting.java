package cn.energyinspect.app.search.query;

/** The two orders of a result list; both end with the record id so {@code search_after} never skips or repeats. */
enum Sorting {
    /** Best match first, then newest. The default when {@code q} is given. */
    RELEVANCE,
    /** Newest business date first. The default without {@code q}. */
    DATE
}
