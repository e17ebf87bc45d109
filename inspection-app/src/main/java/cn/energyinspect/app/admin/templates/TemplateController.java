package cn.energyinspect.app.admin.templates;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "checklist-templates", description = "检查表模板版本")
class TemplateController {
    private final TemplateAdministration templates;

    TemplateController(TemplateAdministration templates) {
        this.templates = templates;
    }

    @GetMapping("/api/v1/checklist-templates")
    @Operation(summary = "Template versions: all for administrators, the published ones for agency users")
    List<TemplateVersion> list(@AuthenticationPrincipal CurrentUser user) {
        return templates.list(user);
    }

    @GetMapping("/api/v1/checklist-templates/{id}")
    @Operation(summary = "One template version with its items")
    TemplateVersion get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return templates.get(id, user);
    }

    @PostMapping("/api/v1/admin/checklist-templates")
    @Operation(summary = "Draft a new version of a template (or version 1 of a new code)")
    TemplateVersion create(@RequestBody TemplateForm form, @AuthenticationPrincipal CurrentUser admin) {
        return templates.createDraft(form, admin);
    }

    @PutMapping("/api/v1/admin/checklist-templates/{id}")
    @Operation(summary = "Change a draft version (a published one never changes)")
    TemplateVersion update(
            @PathVariable long id, @RequestBody TemplateForm form, @AuthenticationPrincipal CurrentUser admin) {
        return templates.updateDraft(id, form, admin);
    }

    @GetMapping("/api/v1/admin/checklist-templates/{id}/preview")
    @Operation(summary = "The version as the inspector's form shows it, with what would stop publishing it")
    TemplateAdministration.Preview preview(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin) {
        return templates.preview(id, admin);
    }

    @PostMapping("/api/v1/admin/checklist-templates/{id}/publish")
    @Operation(summary = "Publish a draft: new cases (and plans choosing its code) use it from now on")
    TemplateVersion publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin) {
        return templates.publish(id, admin);
    }
}
