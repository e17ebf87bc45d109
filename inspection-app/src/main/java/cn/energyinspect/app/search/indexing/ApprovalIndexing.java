package cn.energyinspect.app.search.indexing;

import static cn.energyinspect.app.search.SearchFields.*;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.dictionary.DisplayNames.Category;
import cn.energyinspect.app.search.SearchFields.DocType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The search documents of project approvals: the application, each objection (never visible to the enterprise: the
 * objector's identity stays with the reviewers) and each decision, all with the project's region chain so the same
 * jurisdiction filter applies as to cases.
 */
@Component
class ApprovalIndexing {
    private final ApprovalSourceMapper sources;
    private final ObjectMapper json;

    ApprovalIndexing(ApprovalSourceMapper sources, ObjectMapper json) {
        this.sources = sources;
        this.json = json;
    }

    /** Documents by application id; an id absent from the map is no longer in the database. */
    Map<Long, List<IndexDoc>> assemble(Collection<Long> ids, Instant indexedAt) {
        Map<Long, List<IndexDoc>> docs = new LinkedHashMap<>();
        for (List<Long> chunk : DocumentAssembler.chunks(ids)) {
            List<ApprovalSourceMapper.ApprovalSource> rows = sources.approvals(chunk);
            if (rows.isEmpty()) {
                continue;
            }
            Map<Long, List<ApprovalSourceMapper.ObjectionSource>> objections = sources.objections(chunk).stream()
                    .collect(Collectors.groupingBy(ApprovalSourceMapper.ObjectionSource::applicationId));
            Map<Long, List<ApprovalSourceMapper.DecisionSource>> decisions = sources.decisions(chunk).stream()
                    .collect(Collectors.groupingBy(ApprovalSourceMapper.DecisionSource::applicationId));
            for (ApprovalSourceMapper.ApprovalSource a : rows) {
                List<IndexDoc> list = new ArrayList<>();
                list.add(fields(DocType.APPLICATION, a.id(), a, indexedAt)
                        .put(VISIBLE_TO_ENTERPRISE, true)
                        .put(TITLE, programme(a) + " " + a.applicationNumber() + " " + a.title())
                        .put(TEXT, join(a.title(), a.enterpriseName(), formText(a.payload())))
                        .put(DATE, text(a.submittedAt() != null ? a.submittedAt() : a.createdAt()))
                        .doc());
                for (ApprovalSourceMapper.ObjectionSource o : objections.getOrDefault(a.id(), List.of())) {
                    list.add(fields(DocType.OBJECTION, o.id(), a, indexedAt)
                            .put(VISIBLE_TO_ENTERPRISE, false)
                            .put(
                                    TITLE,
                                    "公示异议 " + o.receiptNumber() + "（" + a.applicationNumber() + "，"
                                            + DisplayNames.of(Category.OBJECTION_STATUS, o.status()) + "）")
                            .put(TEXT, join(o.reasons(), o.verdict()))
                            .put(DATE, text(o.receivedAt()))
                            .doc());
                }
                for (ApprovalSourceMapper.DecisionSource d : decisions.getOrDefault(a.id(), List.of())) {
                    list.add(fields(DocType.DECISION, d.id(), a, indexedAt)
                            .put(VISIBLE_TO_ENTERPRISE, true)
                            .put(DOCUMENT_NUMBER, d.documentNumber())
                            .put(DOCUMENT_KIND, d.kind())
                            .put(TITLE, DisplayNames.of(Category.DOCUMENT_KIND, d.kind()) + " " + d.documentNumber())
                            .put(TEXT, join(a.title(), a.enterpriseName(), a.applicationNumber()))
                            .put(DATE, text(d.issuedOn()))
                            .doc());
                }
                docs.put(a.id(), list);
            }
        }
        return docs;
    }

    List<Long> page(long afterId, int limit) {
        return sources.approvalPage(afterId, limit);
    }

    ApprovalSourceMapper.ApprovalCounts counts() {
        return sources.counts();
    }

    private static Fields fields(DocType type, long key, ApprovalSourceMapper.ApprovalSource a, Instant indexedAt) {
        return new Fields(type.id(key), type)
                .put(REGION_CODE, a.regionCode())
                .put(REGION_CHAIN, RecordDocuments.chain(a.regionCode(), a.regionParent(), a.regionGrandparent()))
                .put(ENTERPRISE_USCC, a.enterpriseUscc())
                .put(ENTERPRISE_NAME, a.enterpriseName())
                .put(APPLICATION_ID, a.id())
                .put(APPLICATION_NUMBER, a.applicationNumber())
                .put(APPROVAL_STATUS, a.status())
                .put(PROGRAMME, a.programme())
                .put(UPDATED_AT, indexedAt.toString());
    }

    private static String programme(ApprovalSourceMapper.ApprovalSource a) {
        return DisplayNames.of(Category.APPROVAL_PROGRAMME, a.programme());
    }

    /** The names in the form a person searches for: new line, exiting lines and their owners. */
    private String formText(String payload) {
        try {
            JsonNode form = json.readTree(payload);
            List<String> parts = new ArrayList<>();
            if (form.hasNonNull("newLineName")) {
                parts.add(form.get("newLineName").asText());
            }
            for (JsonNode line : form.path("exitLines")) {
                parts.add(line.path("ownerName").asText("") + " "
                        + line.path("lineName").asText(""));
            }
            return String.join("\n", parts);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static String join(String... parts) {
        String joined = Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static String text(Object date) {
        return date == null ? null : date.toString();
    }

    private static final class Fields {
        private final String id;
        private final Map<String, Object> source = new LinkedHashMap<>();

        Fields(String id, DocType type) {
            this.id = id;
            source.put(ID, id);
            source.put(TYPE, type.name());
        }

        Fields put(String field, Object value) {
            if (value != null) {
                source.put(field, value);
            }
            return this;
        }

        IndexDoc doc() {
            return new IndexDoc(id, source);
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
