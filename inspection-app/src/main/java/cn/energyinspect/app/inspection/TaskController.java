package cn.energyinspect.app.inspection;

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
@RequestMapping("/api/v1/tasks")
@Tag(name = "tasks", description = "我的待办")
class TaskController {
    private final CaseTasks tasks;

    TaskController(CaseTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(
            summary =
                    "My tasks, oldest first, each with its statutory clock (working days left); paged, page is 0-based")
    CaseTasks.TaskPage mine(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @io.swagger.v3.oas.annotations.Parameter(description = "one task kind, e.g. Task_ReviewRectification")
                    @RequestParam(required = false)
                    String taskKey,
            @io.swagger.v3.oas.annotations.Parameter(
                            description = "part of the enterprise's name or the start of its 统一社会信用代码")
                    @RequestParam(required = false)
                    String enterprise,
            @io.swagger.v3.oas.annotations.Parameter(description = "due within this many days (overdue included)")
                    @RequestParam(required = false)
                    Integer dueWithinDays,
            @io.swagger.v3.oas.annotations.Parameter(description = "only tasks past their due date")
                    @RequestParam(defaultValue = "false")
                    boolean overdue,
            @AuthenticationPrincipal CurrentUser user) {
        return tasks.mine(user, page, size, new CaseTasks.TaskFilter(taskKey, enterprise, dueWithinDays, overdue));
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "One of my tasks with the data its form needs")
    CaseTasks.TaskView get(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        return tasks.get(taskId, user);
    }

    @PostMapping("/{taskId}/claim")
    @Operation(
            summary =
                    "Claim a group task (认领) so nobody else acts on it; 409 naming who holds it when someone else does")
    CaseTasks.TaskView claim(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        return tasks.claim(taskId, user);
    }

    @PostMapping("/{taskId}/release")
    @Operation(summary = "Give a claimed task back to its group (释放)")
    CaseTasks.TaskView release(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        return tasks.release(taskId, user);
    }

    @PostMapping("/{taskId}/complete")
    @Operation(
            summary = "Complete one of my tasks with its payload (the schema named by the task's payloadSchema); a task"
                    + " that is not mine is a 404, one someone else claimed or completed a 409 naming who")
    CaseView.OpenStep complete(
            @PathVariable String taskId,
            @RequestBody(required = false) JsonNode payload,
            @AuthenticationPrincipal CurrentUser user) {
        return tasks.complete(taskId, payload, user);
    }
}
