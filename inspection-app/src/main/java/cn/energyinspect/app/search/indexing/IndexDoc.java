package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.SearchFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One search document: its id ({@code TYPE:key}) and its fields, named by {@link SearchFields}. Values are strings,
 * numbers, booleans or lists of strings (dates as ISO-8601 text), so that what is sent compares equal to what is read
 * back from the index.
 */
record IndexDoc(String id, Map<String, Object> source) {
    IndexDoc {
        source = Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    Long caseId() {
        return source.get(SearchFields.CASE_ID) instanceof Number n ? n.longValue() : null;
    }
}
