package cn.energyinspect.app.agency;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "agencies", description = "监察机构（本辖区及下级）")
class AgencyController {
    private final AgencyDirectory directory;

    AgencyController(AgencyDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/v1/agencies")
    @Operation(summary = "Agencies in the caller's jurisdiction, optionally of one tier and within one region")
    List<AgencyView> list(
            @RequestParam(required = false) Agency.Tier tier,
            @RequestParam(required = false) String parentRegion,
            @AuthenticationPrincipal CurrentUser user) {
        return directory.list(tier, parentRegion, user);
    }
}
