package cn.energyinspect.app.search.query;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "search", description = "全文检索")
class SearchController {
    private static final Logger log = LoggerFactory.getLogger(SearchController.class);
    static final URI UNAVAILABLE = URI.create("urn:energyinspect:problem:search-unavailable");

    private final RecordSearch search;

    SearchController(RecordSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Search records in the caller's jurisdiction: free text, filters, facets, search_after paging",
            description = "Every parameter only narrows the caller's jurisdiction; a bad value is a 422 naming each"
                    + " parameter. Page on with after = the previous page's next cursor.")
    SearchResult search(
            @ParameterObject @ModelAttribute SearchParameters parameters, @AuthenticationPrincipal CurrentUser user) {
        return search.search(parameters.criteria(), user);
    }

    /**
     * A local handler, because the application-wide one answers every unknown exception with a 500 and has no 503
     * problem type yet.
     */
    @ExceptionHandler(SearchUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(SearchUnavailable e, HttpServletRequest request) {
        String traceId = UUID.randomUUID().toString();
        log.warn("E-SEARCH-503 search unavailable ({}) traceId={}", e.getMessage(), traceId);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "检索服务暂时不可用，请稍后再试；案件办理不受影响");
        problem.setType(UNAVAILABLE);
        problem.setTitle("检索服务暂不可用");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("traceId", traceId);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
