package cn.energyinspect.app.search.query;

import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchFields.DocType;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Jurisdiction;
import cn.energyinspect.rules.basis.RegionCodes;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The records a user may find, as one Elasticsearch filter that every search carries (see package-info): an agency
 * user its region and below, an enterprise user the enterprise-facing records of its own enterprise.
 */
final class Visibility {
    /** An allow-list, so a record type added later stays hidden from enterprises until decided otherwise. */
    static final Set<DocType> ENTERPRISE_VISIBLE = EnumSet.of(
            DocType.ENTERPRISE,
            DocType.CASE,
            DocType.FINDING,
            DocType.DOCUMENT,
            DocType.EVIDENCE,
            DocType.ANSWER,
            DocType.REVIEW,
            DocType.APPLICATION,
            DocType.DECISION);

    private Visibility() {}

    static Query filter(CurrentUser user) {
        Jurisdiction jurisdiction = user.jurisdiction();
        if (jurisdiction.enterpriseUscc() != null) {
            if (jurisdiction.enterpriseUscc().isBlank()) {
                return nothing();
            }
            List<FieldValue> types = ENTERPRISE_VISIBLE.stream()
                    .map(t -> FieldValue.of(t.name()))
                    .toList();
            return Query.of(q -> q.bool(b -> b.filter(f ->
                            f.term(t -> t.field(SearchFields.ENTERPRISE_USCC).value(jurisdiction.enterpriseUscc())))
                    .filter(f -> f.terms(t -> t.field(SearchFields.TYPE).terms(v -> v.value(types))))
                    // and within those, only what is addressed to it: no drafts, internal comments or team evidence
                    .filter(f -> f.term(
                            t -> t.field(SearchFields.VISIBLE_TO_ENTERPRISE).value(true)))));
        }
        if (user.hasRole(cn.energyinspect.app.security.Role.ENTERPRISE)
                || !RegionCodes.isWellFormed(jurisdiction.regionCode())) {
            return nothing();
        }
        return Query.of(q -> q.term(t -> t.field(SearchFields.REGION_CHAIN).value(jurisdiction.regionCode())));
    }

    /** The region whose next tier the {@code region} facet counts: the narrowing filter if any, else the user's. */
    static String facetRegion(CurrentUser user, SearchCriteria criteria) {
        return criteria.regionCode() != null ? criteria.regionCode() : user.regionCode();
    }

    private static Query nothing() {
        return Query.of(q -> q.matchNone(m -> m));
    }
}
