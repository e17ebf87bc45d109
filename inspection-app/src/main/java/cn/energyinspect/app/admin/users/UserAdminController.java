package cn.energyinspect.app.admin.users;

import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users of the administrator's region; the account actions (disable, reset password …) are under the same path. */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "user-admin", description = "用户账号安全管理（省级管理员）")
class UserAdminController {
    private final UserAdministration users;

    UserAdminController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Users of the administrator's region, by name, role, agency, region and state")
    UserAdministration.UserPage search(
            @Parameter(description = "part of the name, login or phone") @RequestParam(required = false) String q,
            @Parameter(description = "role") @RequestParam(required = false) Role role,
            @Parameter(description = "agency id") @RequestParam(required = false) Long agencyId,
            @Parameter(description = "region (GB/T 2260) and below") @RequestParam(required = false) String regionCode,
            @Parameter(description = "enabled or disabled only") @RequestParam(required = false) Boolean enabled,
            @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, at most 200") @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser admin) {
        return users.search(q, role, agencyId, regionCode, enabled, page, size, admin);
    }

    @GetMapping("/{username}")
    @Operation(summary = "One user")
    UserView get(@PathVariable String username, @AuthenticationPrincipal CurrentUser admin) {
        return users.get(username, admin);
    }

    @PostMapping
    @Operation(summary = "Create a user with a temporary password (answered once) to be changed at the first login")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "201",
            description = "The user created; Location is its address",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The user's address",
                            schema = @Schema(type = "string", format = "uri")))
    ResponseEntity<UserAdministration.Created> create(
            @RequestBody UserForm form, @AuthenticationPrincipal CurrentUser admin) {
        UserAdministration.Created created = users.create(form, admin);
        return ResponseEntity.created(
                        URI.create("/api/v1/admin/users/" + created.user().username()))
                .body(created);
    }

    @PutMapping("/{username}")
    @Operation(summary = "Change a user's name, role, agency, region, phone or enterprise (with the version read)")
    UserView update(
            @PathVariable String username, @RequestBody UserForm form, @AuthenticationPrincipal CurrentUser admin) {
        return users.update(username, form, admin);
    }
}
