package cn.energyinspect.app.region;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "regions", description = "行政区划（本辖区）")
class RegionController {
    private final RegionTree tree;

    RegionController(RegionTree tree) {
        this.tree = tree;
    }

    @GetMapping("/api/v1/regions/tree")
    @Operation(summary = "The caller's region and everything below it, as a tree")
    List<RegionTree.Node> tree(@AuthenticationPrincipal CurrentUser user) {
        return tree.of(user);
    }
}
