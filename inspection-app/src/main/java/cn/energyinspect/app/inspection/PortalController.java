package cn.energyinspect.app.inspection;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/portal")
@Tag(name = "portal", description = "企业门户")
class PortalController {
    private final EnterprisePortal portal;
    private final InspectionCases cases;

    PortalController(EnterprisePortal portal, InspectionCases cases) {
        this.portal = portal;
        this.cases = cases;
    }

    @GetMapping("/cases")
    @Operation(summary = "My enterprise's cases")
    CaseView.Page myCases(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return portal.myCases(user, page, size);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One of my cases with its findings, notices (documents) and deadlines")
    CaseView myCase(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        user.requireRole(EnterprisePortal.PORTAL_ONLY, cn.energyinspect.app.security.Role.ENTERPRISE);
        return cases.detail(id, user);
    }

    @PostMapping("/cases/{id}/statement")
    @Operation(summary = "State my case (陈述) on the findings")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> statement(
            @PathVariable long id,
            @RequestBody EnterprisePortal.Statement statement,
            @AuthenticationPrincipal CurrentUser user) {
        portal.state(id, statement, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{id}/answers")
    @Operation(
            summary =
                    "Answer the rectification notice per finding with evidence ids; resending the same clientRequestId is harmless")
    EnterprisePortal.AnswerReceipt answer(
            @PathVariable long id,
            @RequestBody EnterprisePortal.Answer answer,
            @AuthenticationPrincipal CurrentUser user) {
        return portal.answer(id, answer, user);
    }

    @PostMapping("/cases/{id}/extension")
    @Operation(summary = "Ask once for an extension of the rectification deadline; a supervisor decides it")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Void> extension(
            @PathVariable long id,
            @RequestBody EnterprisePortal.ExtensionRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        portal.requestExtension(id, request, user);
        return ResponseEntity.accepted().build();
    }
}
