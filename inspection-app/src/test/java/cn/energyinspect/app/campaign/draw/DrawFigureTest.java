package cn.energyinspect.app.campaign.draw;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A figure for the issue, not an assertion: 3,000 of 30,000 candidates in 90 counties, teams from 200 inspectors. */
class DrawFigureTest {

    @Test
    void print_the_time_to_draw_3000_of_30000_with_teams_from_200_inspectors() {
        var random = new Random(30000L);
        var pool = new PoolSnapshot(DrawFixtures.pool(random, 30_000, 90).candidates().stream()
                .map(c -> new Candidate(
                        c.uscc(),
                        c.name(),
                        c.countyCode(),
                        c.industryCode(),
                        c.riskClass(),
                        c.lastInspectedOn(),
                        false))
                .toList());
        var roster = DrawFixtures.roster(random, 200, pool);
        var parameters = DrawParameters.byRatio(
                DrawFixtures.DRAW_DATE, List.of(StratumDimension.COUNTY), new BigDecimal("0.10"), 0, 2);
        var seed = DrawFixtures.seed(random);
        VerifiableDraw.run(seed, pool, roster, parameters); // warm-up

        long start = System.nanoTime();
        var published = VerifiableDraw.runAndPublish(seed, pool, roster, parameters);
        long drawMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        var verdict = DrawVerifier.verify(published);
        long verifyMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        var json = DrawFile.toJson(published);
        long jsonMs = (System.nanoTime() - start) / 1_000_000;

        System.out.printf(
                "[draw figure] %,d candidates, %d strata, %,d targets (%d named), %,d teams from %d inspectors: "
                        + "draw+commit %d ms, verify %d ms (accepted=%s), JSON %d ms, %,d bytes%n",
                pool.candidates().size(),
                published.result().strata().size(),
                published.result().targets().size(),
                published.result().named().size(),
                published.result().teams().size(),
                roster.inspectors().size(),
                drawMs,
                verifyMs,
                verdict.accepted(),
                jsonMs,
                json.length());
    }
}
