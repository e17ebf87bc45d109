package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns stored rows into {@link PlanView}s for one viewer, who sees only the sub-plans in its jurisdiction. */
@Component
class PlanViews {
    private final PlanMapper plans;
    private final ObjectMapper json;

    PlanViews(PlanMapper plans, ObjectMapper json) {
        this.plans = plans;
        this.json = json;
    }

    PlanView view(PlanRow row, CurrentUser user) {
        return view(row, publications(List.of(row)).get(row.id()), user);
    }

    /** The views of a list of plans, their publication read for all of them at once. */
    List<PlanView> views(List<PlanRow> rows, CurrentUser user) {
        Map<Long, PlanPublication> published = publications(rows);
        return rows.stream()
                .map(row -> view(row, published.get(row.id()), user))
                .toList();
    }

    private Map<Long, PlanPublication> publications(List<PlanRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return plans.publications(rows.stream().map(PlanRow::id).toList()).stream()
                .collect(Collectors.toMap(PlanPublication::planId, Function.identity()));
    }

    private PlanView view(PlanRow row, PlanPublication publication, CurrentUser user) {
        List<PlanRow> children = plans.children(row.id());
        String prefix = user.jurisdiction().regionPrefix();
        // a child in the viewer's region is visible without asking the database (most children of most lists)
        List<PlanView.ChildSummary> shown = children.stream()
                .filter(c -> c.regionCode().startsWith(prefix) || plans.visible(c.id(), prefix))
                .map(c -> new PlanView.ChildSummary(c.id(), c.agencyId(), c.regionCode(), c.quota(), c.status()))
                .toList();
        return new PlanView(
                row.id(),
                row.agencyId(),
                row.regionCode(),
                row.tier(),
                row.parentPlanId(),
                row.planYear(),
                row.title(),
                row.inspectionType(),
                row.checklistTemplateCode(),
                fromJson(row.industries()),
                row.keyEnergyUnitsOnly(),
                row.quota(),
                QuotaSplit.ownQuota(
                        row.quota(), children.stream().map(PlanRow::quota).toList()),
                row.status(),
                row.returnReason(),
                new PlanView.Deadlines(row.splitDue(), row.drawDue(), row.executionDue(), row.summaryDue()),
                row.createdBy(),
                row.version(),
                plans.countNamedTargets(row.id()),
                publication == null ? null : publication.publishedAt(),
                publication == null ? null : publication.resultsPublishedAt(),
                shown,
                stage(row, publication),
                cn.energyinspect.app.dictionary.DisplayNames.of(
                        cn.energyinspect.app.dictionary.DisplayNames.Category.PLAN_STAGE, stage(row, publication)));
    }

    /**
     * Where the plan stands as a reader would put it: its status until it is made public, then published, then its
     * results published — a published plan in execution is no longer a 草稿.
     */
    private static String stage(PlanRow row, PlanPublication publication) {
        if (publication != null && publication.resultsPublishedAt() != null) {
            return "RESULTS_PUBLISHED";
        }
        if (publication != null && publication.publishedAt() != null) {
            return "PUBLISHED";
        }
        return row.status().name();
    }

    String toJson(List<String> industries) {
        try {
            return json.writeValueAsString(industries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise industries", e);
        }
    }

    private List<String> fromJson(String industries) {
        try {
            return json.readValue(industries, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("campaign_plan.industries is not a JSON array", e);
        }
    }
}
