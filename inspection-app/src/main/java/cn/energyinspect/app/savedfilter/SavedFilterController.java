package cn.energyinspect.app.savedfilter;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/saved-filters")
@Tag(name = "saved-filters", description = "保存的查询条件")
class SavedFilterController {
    private final SavedFilters filters;

    SavedFilterController(SavedFilters filters) {
        this.filters = filters;
    }

    @GetMapping
    @Operation(summary = "The caller's saved filters of one page")
    List<SavedFilters.SavedFilter> of(
            @Parameter(description = "cases | workbench | enterprises") @RequestParam String page,
            @AuthenticationPrincipal CurrentUser user) {
        return filters.of(page, user);
    }

    @PostMapping
    @Operation(summary = "Save a filter under a name (the same name replaces it)")
    SavedFilters.SavedFilter save(
            @RequestBody SavedFilters.SavedFilter filter, @AuthenticationPrincipal CurrentUser user) {
        return filters.save(filter, user);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete one of the caller's saved filters")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        filters.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
