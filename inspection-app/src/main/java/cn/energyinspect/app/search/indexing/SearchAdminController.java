package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administration of the search index: rebuild, outbox, consistency. Province administrators only. */
@RestController
@RequestMapping("/api/v1/admin/search")
@Tag(name = "search-admin", description = "检索索引管理")
class SearchAdminController {

    private final Rebuilds rebuilds;
    private final OutboxAdmin outbox;
    private final Consistency consistency;

    SearchAdminController(Rebuilds rebuilds, OutboxAdmin outbox, Consistency consistency) {
        this.rebuilds = rebuilds;
        this.outbox = outbox;
        this.consistency = consistency;
    }

    public record OutboxView(long pending, long parked, List<ParkedRow> parkedRows) {}

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild the index from the database in the background (new index, then alias switch)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(
            responseCode = "202",
            description = "The rebuild started; Location is its progress",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The rebuild's progress (GET)",
                            schema = @Schema(type = "string", format = "uri")))
    ResponseEntity<RebuildRow> rebuild(@AuthenticationPrincipal CurrentUser user) {
        requireAdmin(user);
        RebuildRow started = rebuilds.startFull(user.username());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/search/rebuild/" + started.id()))
                .body(started);
    }

    @GetMapping("/rebuild/{id}")
    @Operation(summary = "Progress of a rebuild: documents done of total, RUNNING | DONE | FAILED")
    RebuildRow rebuildProgress(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        requireAdmin(user);
        return rebuilds.find(id).orElseThrow(() -> Refusal.notFound("索引重建任务"));
    }

    @GetMapping("/outbox")
    @Operation(summary = "Outbox rows pending and parked, with the parked rows' errors")
    OutboxView outbox(@AuthenticationPrincipal CurrentUser user) {
        requireAdmin(user);
        OutboxAdmin.View view = outbox.view();
        return new OutboxView(view.pending(), view.parked(), view.parkedRows());
    }

    @PostMapping("/outbox/{id}/retry")
    @Operation(summary = "Un-park an outbox row: the indexer tries it again at once")
    ParkedRow retry(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        requireAdmin(user);
        return outbox.retry(id);
    }

    @GetMapping("/consistency")
    @Operation(summary = "Documents per type in the database and in the index, and a field-by-field sample check")
    Consistency.Report consistency(
            @RequestParam(defaultValue = "20") int sample, @AuthenticationPrincipal CurrentUser user) {
        requireAdmin(user);
        if (sample < 0 || sample > 500) {
            throw Refusal.invalid("sample", "应在 0 到 500 之间");
        }
        try {
            return consistency.check(sample);
        } catch (SearchUnavailableException e) {
            // an outage of search, not a fault of the app: 503 with Retry-After, as for a search
            throw new Refusal(Refusal.Kind.SEARCH_UNAVAILABLE, "检索服务暂时不可用，请稍后再试；数据库中的记录不受影响");
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.hasRole(Role.PROVINCE_ADMIN)) {
            throw Refusal.forbidden("仅省级管理员可以管理检索索引");
        }
    }
}
