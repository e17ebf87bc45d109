package cn.energyinspect.app.enterprise;

import cn.energyinspect.app.idempotency.IdempotencyKeys;
import cn.energyinspect.app.security.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "enterprises", description = "企业名录")
class EnterpriseController {
    private final EnterpriseRegister register;

    EnterpriseController(EnterpriseRegister register) {
        this.register = register;
    }

    @PostMapping
    @Operation(summary = "Register an enterprise in the caller's jurisdiction")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "201",
            description = "The enterprise registered; Location is its address",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The enterprise's address",
                            schema = @Schema(type = "string", format = "uri")))
    ResponseEntity<EnterpriseView> create(
            @RequestBody EnterpriseForm form,
            @Parameter(description = "resend with the same key after a lost reply: the first result comes back")
                    @RequestHeader(value = IdempotencyKeys.HEADER, required = false)
                    String idempotencyKey,
            @AuthenticationPrincipal CurrentUser user) {
        EnterpriseView created = register.register(form, user, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + created.uscc()))
                .body(created);
    }

    @GetMapping("/{uscc}")
    @Operation(summary = "Read one enterprise by its 统一社会信用代码")
    EnterpriseView get(@PathVariable String uscc, @AuthenticationPrincipal CurrentUser user) {
        return register.get(uscc, user);
    }

    @PutMapping("/{uscc}")
    @Operation(summary = "Update an enterprise; the version read must be sent back")
    EnterpriseView update(
            @PathVariable String uscc, @RequestBody EnterpriseForm form, @AuthenticationPrincipal CurrentUser user) {
        return register.update(uscc, form, user);
    }

    @GetMapping
    @Operation(summary = "List enterprises in the caller's jurisdiction, filtered and paged (page is 0-based)")
    EnterprisePage list(
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) Boolean keyEnergyUnit,
            @RequestParam(required = false) String nameContains,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return register.list(
                new EnterpriseRegister.Filter(regionCode, industry, keyEnergyUnit, nameContains, page, size), user);
    }
}
