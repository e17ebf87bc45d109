package cn.energyinspect.app.admin.conflicts;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/conflicts")
@Tag(name = "conflicts", description = "回避声明与审批")
class ConflictController {
    private final Conflicts conflicts;

    ConflictController(Conflicts conflicts) {
        this.conflicts = conflicts;
    }

    @GetMapping
    @Operation(summary = "Declarations the caller may see (its own, its agency's or its region's)")
    List<ConflictView> list(
            @Parameter(description = "DECLARED | APPROVED | REJECTED") @RequestParam(required = false) String status,
            @AuthenticationPrincipal CurrentUser user) {
        return conflicts.list(status, user);
    }

    @PostMapping
    @Operation(summary = "Declare a conflict of interest with an enterprise (keeps the caller off its teams at once)")
    ConflictView declare(@RequestBody ConflictDeclaration declaration, @AuthenticationPrincipal CurrentUser user) {
        return conflicts.declare(declaration, user);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a declaration of the supervisor's agency, with its end date")
    ConflictView approve(
            @PathVariable long id,
            @RequestBody(required = false) ConflictDecision decision,
            @AuthenticationPrincipal CurrentUser user) {
        return conflicts.approve(id, decision, user);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a declaration with the reason")
    ConflictView reject(
            @PathVariable long id, @RequestBody ConflictDecision decision, @AuthenticationPrincipal CurrentUser user) {
        return conflicts.reject(id, decision, user);
    }
}
