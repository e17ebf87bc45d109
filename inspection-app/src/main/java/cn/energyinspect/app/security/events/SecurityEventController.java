package cn.energyinspect.app.security.events;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the security event log: province administrators and auditors, for the users of their region. */
@RestController
@RequestMapping("/api/v1/admin/security-events")
@Tag(name = "security-events", description = "安全审计日志")
class SecurityEventController {
    private static final int MAX_SIZE = 200;

    private final SecurityEvents events;

    SecurityEventController(SecurityEvents events) {
        this.events = events;
    }

    /** A page of events, newest first; {@code next} is the {@code before} of the following page (null at the end). */
    record Page(List<SecurityEvent> items, Long next) {}

    @GetMapping
    @Operation(summary = "Security events, newest first: logins, throttling, tokens, denials, administrator actions")
    Page list(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) SecurityEventKind kind,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        if (!user.hasRole(Role.PROVINCE_ADMIN, Role.AUDITOR)) {
            throw Refusal.forbidden("只有省级管理员和审计人员可以查看安全审计日志");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Refusal.invalid("size", "须在 1 到 " + MAX_SIZE + " 之间");
        }
        List<SecurityEvent> items = events.list(user, username, kind, before, size);
        Long next = items.size() == size ? items.get(items.size() - 1).id() : null;
        return new Page(items, next);
    }
}
