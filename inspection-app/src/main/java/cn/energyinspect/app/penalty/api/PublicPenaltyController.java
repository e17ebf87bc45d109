package cn.energyinspect.app.penalty.api;

import cn.energyinspect.app.penalty.credit.PublicPenalties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 行政处罚信息公示: no login. */
@RestController
@RequestMapping("/api/v1/public/penalties")
@Tag(name = "public-penalties", description = "行政处罚信息公示（无需登录）")
class PublicPenaltyController {
    private final PublicPenalties penalties;

    PublicPenaltyController(PublicPenalties penalties) {
        this.penalties = penalties;
    }

    @GetMapping
    @Operation(
            summary = "Penalty records published today, by the party's name (part) or 统一社会信用代码; only the"
                    + " standard's public fields, never an identity number")
    PublicPenalties.Page search(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return penalties.search(q, page, size);
    }

    @GetMapping("/{id}")
    PublicPenalties.PublicPenalty get(@PathVariable long id) {
        return penalties.get(id);
    }
}
