package cn.energyinspect.app.desk.benchmark;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "desk-benchmarks", description = "能效对标（同行百分位）与能效领跑者候选")
class BenchmarkController {
    private final Benchmarks benchmarks;

    BenchmarkController(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @GetMapping("/api/v1/desk/benchmarks/{uscc}/{year}")
    @Operation(
            summary = "A unit's 表4 against its anonymous peers of the same product in the province (position shown with"
                    + " at least MIN_PEERS peers); the agency of its region or the enterprise itself")
    Benchmarks.BenchmarkView benchmark(
            @PathVariable String uscc, @PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        return benchmarks.benchmark(uscc, year, user);
    }

    @GetMapping("/api/v1/desk/leaders")
    @Operation(summary = "能效领跑者 candidates of a report year in the reader's region, by the 2025 criteria")
    Benchmarks.LeaderList leaders(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String product,
            @AuthenticationPrincipal CurrentUser user) {
        return benchmarks.leaders(year, product, user);
    }
}
