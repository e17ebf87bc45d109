package cn.energyinspect.app.admin.credentials;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "credential-admin", description = "执法证与培训记录（系统管理员）")
class CredentialController {
    private final Credentials credentials;
    private final RosterImport roster;

    CredentialController(Credentials credentials, RosterImport roster) {
        this.credentials = credentials;
        this.roster = roster;
    }

    @GetMapping("/api/v1/admin/users/{username}/credentials")
    @Operation(summary = "An inspector's enforcement certificates (newest first) and training records")
    Credentials.Record of(@PathVariable String username, @AuthenticationPrincipal CurrentUser admin) {
        return credentials.of(username, admin);
    }

    @PostMapping("/api/v1/admin/users/{username}/credentials")
    @Operation(summary = "Record an enforcement certificate of an inspector (a number already registered is a 409)")
    CredentialView add(
            @PathVariable String username,
            @RequestBody CredentialForm form,
            @AuthenticationPrincipal CurrentUser admin) {
        return credentials.add(username, form, admin);
    }

    @PutMapping("/api/v1/admin/credentials/{id}")
    @Operation(summary = "Change a certificate's authority, validity or status (with the version read)")
    CredentialView update(
            @PathVariable long id, @RequestBody CredentialForm form, @AuthenticationPrincipal CurrentUser admin) {
        return credentials.update(id, form, admin);
    }

    @GetMapping("/api/v1/admin/credentials/expiring")
    @Operation(summary = "Active certificates whose last day is within N days (a supervisor: of its agency)")
    List<CredentialView> expiring(
            @Parameter(description = "days from today (default energyinspect.admin.expiring-within-days)")
                    @RequestParam(required = false)
                    Integer withinDays,
            @Parameter(description = "also those already expired") @RequestParam(defaultValue = "false")
                    boolean includeExpired,
            @AuthenticationPrincipal CurrentUser user) {
        return credentials.expiring(withinDays, includeExpired, user);
    }

    @PostMapping("/api/v1/admin/users/{username}/trainings")
    @Operation(summary = "Record a training the inspector completed")
    TrainingView addTraining(
            @PathVariable String username, @RequestBody TrainingForm form, @AuthenticationPrincipal CurrentUser admin) {
        return credentials.addTraining(username, form, admin);
    }

    @PostMapping(path = "/api/v1/admin/credentials/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a roster of inspectors' certificates from .xlsx (mode validate | all | validOnly)",
            description = "columns 登录名, 姓名, 所属机构, 手机号, 执法证号, 发证机关, 有效期起, 有效期止; a per-row report")
    RosterImport.Report importRoster(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "validate") String mode,
            @AuthenticationPrincipal CurrentUser admin) {
        return roster.importFile(file, mode, admin);
    }
}
