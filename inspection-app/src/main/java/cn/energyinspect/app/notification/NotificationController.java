package cn.energyinspect.app.notification;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "notifications", description = "消息中心")
class NotificationController {
    private final Inbox inbox;

    NotificationController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "The caller's messages, newest first, with the badge")
    Inbox.Page messages(
            @Parameter(description = "unread only") @RequestParam(defaultValue = "false") boolean unread,
            @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, at most 200") @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return inbox.messages(unread, page, size, user);
    }

    @GetMapping("/api/v1/notifications/badge")
    @Operation(summary = "Unread messages and open tasks of the caller (the header's badge)")
    Inbox.Badge badge(@AuthenticationPrincipal CurrentUser user) {
        return inbox.badge(user);
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @Operation(summary = "Mark one of the caller's messages read; answers the badge")
    Inbox.Badge read(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return inbox.markRead(id, user);
    }

    @PostMapping("/api/v1/notifications/read-all")
    @Operation(summary = "Mark all the caller's messages read; answers the badge")
    Inbox.Badge readAll(@AuthenticationPrincipal CurrentUser user) {
        return inbox.markAllRead(user);
    }

    @GetMapping("/api/v1/notifications/deliveries")
    @Operation(summary = "What the test channel recorded for the caller (SMS it would have sent)")
    List<NotificationMapper.DeliveryRow> deliveries(@AuthenticationPrincipal CurrentUser user) {
        return inbox.deliveries(user);
    }

    @GetMapping("/api/v1/cases/{id}/notifications")
    @Operation(summary = "Who was told of the case (escalations, answers, tasks), when, and when they read it")
    List<NotificationMapper.Told> ofCase(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return inbox.ofCase(id, user);
    }
}
