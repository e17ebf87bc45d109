package cn.energyinspect.app.penalty.api;

import cn.energyinspect.app.penalty.steps.PenaltyTasks;
import cn.energyinspect.app.security.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/penalty-tasks")
@Tag(name = "penalty-tasks", description = "我的处罚待办")
class PenaltyTaskController {
    private final PenaltyTasks tasks;

    PenaltyTaskController(PenaltyTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "My penalty tasks (procedure and publication), oldest first, each with its statutory clock")
    PenaltyTasks.TaskPage mine(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser();
        return tasks.mine(user, page, size);
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "One of my penalty tasks with the data its form needs (fine range, precedents, periods …)")
    PenaltyTasks.TaskView get(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser();
        return tasks.get(taskId, user);
    }

    @PostMapping("/{taskId}/claim")
    PenaltyTasks.TaskView claim(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser();
        return tasks.claim(taskId, user);
    }

    @PostMapping("/{taskId}/release")
    PenaltyTasks.TaskView release(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser();
        return tasks.release(taskId, user);
    }

    @PostMapping("/{taskId}/complete")
    @Operation(summary = "Complete one of my penalty tasks with its payload (the record named by payloadSchema)")
    PenaltyTasks.OpenStep complete(
            @PathVariable String taskId,
            @RequestBody(required = false) JsonNode payload,
            @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser();
        return tasks.complete(taskId, payload, user);
    }
}
