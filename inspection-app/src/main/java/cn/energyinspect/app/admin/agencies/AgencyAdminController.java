package cn.energyinspect.app.admin.agencies;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/agencies")
@Tag(name = "agency-admin", description = "机构管理（系统管理员）")
class AgencyAdminController {
    private final AgencyAdministration agencies;

    AgencyAdminController(AgencyAdministration agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "The agencies of the administrator's region as a tree over the regions")
    List<AgencyNode> tree(@AuthenticationPrincipal CurrentUser admin) {
        return agencies.tree(admin);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agency")
    AgencyNode get(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin) {
        return agencies.get(id, admin);
    }

    @PostMapping
    @Operation(summary = "Create the agency of a region in the administrator's region (one per region)")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "201",
            description = "The agency created; Location is its address",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The agency's address",
                            schema = @Schema(type = "string", format = "uri")))
    ResponseEntity<AgencyNode> create(@RequestBody AgencyForm form, @AuthenticationPrincipal CurrentUser admin) {
        AgencyNode created = agencies.create(form, admin);
        return ResponseEntity.created(URI.create("/api/v1/admin/agencies/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an agency's name, 代字, address, phone and seal text (with the version read)")
    AgencyNode update(@PathVariable long id, @RequestBody AgencyForm form, @AuthenticationPrincipal CurrentUser admin) {
        return agencies.update(id, form, admin);
    }
}
