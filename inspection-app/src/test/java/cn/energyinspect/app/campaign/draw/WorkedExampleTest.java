package cn.energyinspect.app.campaign.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The worked example of docs/draw-algorithm.md, number for number: if this test changes, so must the document. */
class WorkedExampleTest {
    static final Seed SEED = new Seed("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    static PoolSnapshot pool() {
        return new PoolSnapshot(List.of(
                new Candidate("91330106000000001A", "甲水泥有限公司", "330106", "C30", "B", null, false),
                new Candidate("91330106000000002B", "乙钢铁有限公司", "330106", "C31", "A", LocalDate.of(2026, 3, 2), false),
                new Candidate("91330106000000003C", "丙化工有限公司", "330106", "C26", "C", null, false),
                new Candidate("91330108000000004D", "丁造纸有限公司", "330108", "C22", "B", LocalDate.of(2024, 6, 30), false),
                new Candidate("91330108000000005E", "戊玻璃有限公司", "330108", "C30", "C", null, false),
                new Candidate("91330108000000006F", "己热电有限公司", "330108", "D44", "D", null, true)));
    }

    static InspectorRoster roster() {
        return new InspectorRoster(List.of(
                new Inspector("wang.li", "ZJ-0001", LocalDate.of(2027, 12, 31), Set.of(), Set.of(), 0),
                new Inspector(
                        "zhang.wei", "ZJ-0002", LocalDate.of(2027, 12, 31), Set.of("91330106000000001A"), Set.of(), 0),
                new Inspector("li.na", "ZJ-0003", LocalDate.of(2026, 6, 30), Set.of(), Set.of(), 0),
                new Inspector(
                        "chen.jie", "ZJ-0004", LocalDate.of(2028, 6, 30), Set.of(), Set.of("91330108000000006F"), 1)));
    }

    static DrawParameters parameters() {
        return DrawParameters.byRatio(
                LocalDate.of(2026, 11, 24), List.of(StratumDimension.COUNTY), new BigDecimal("0.50"), 12, 2);
    }

    private final PublishedDraw published = VerifiableDraw.runAndPublish(SEED, pool(), roster(), parameters());

    @Test
    void the_commitment_is_the_sha256_of_the_canonical_texts_and_of_the_seed_bytes() {
        assertThat(published.commitment())
                .isEqualTo(new Commitment(
                        "ed48fe0d148390450abdf13d411960c9a149b047cf994bb48e9f55eca5ec3c07",
                        "ae3ba0a4216178041ec0025112b2996806c8dcd7f61dfebc109e30394c84c864",
                        "4d81ddeb0a46c1fa5f812ade8948311da94aabf9cdab94caa2a69b416ce16409",
                        "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"));
        assertThat(CanonicalForm.of(parameters()))
                .isEqualTo("energyinspect-draw-parameters/1\ndrawDate=2026-11-24\nstratifyBy=COUNTY\nratio=0.5\n"
                        + "excludeInspectedWithinMonths=12\nteamSize=2\n");
        assertThat(CanonicalForm.of(roster()))
                .isEqualTo("energyinspect-draw-inspectors/1\n"
                        + "chen.jie\tZJ-0004\t2028-06-30\t\t91330108000000006F\t1\n"
                        + "li.na\tZJ-0003\t2026-06-30\t\t\t0\n"
                        + "wang.li\tZJ-0001\t2027-12-31\t\t\t0\n"
                        + "zhang.wei\tZJ-0002\t2027-12-31\t91330106000000001A\t\t0\n");
    }

    @Test
    void one_of_two_per_county_is_drawn_by_lowest_hmac_after_the_named_and_the_recently_inspected_are_set_aside() {
        var result = published.result();
        assertThat(result.named()).containsExactly("91330108000000006F");
        assertThat(result.excluded())
                .containsExactly(new DrawResult.Exclusion(
                        "91330106000000002B",
                        DrawResult.ExclusionReason.INSPECTED_RECENTLY,
                        "lastInspectedOn=2026-03-02"));
        assertThat(result.strata())
                .containsExactly(
                        new DrawResult.StratumDraw(
                                "330106",
                                2,
                                1,
                                List.of(new DrawResult.RankedTarget(
                                        "91330106000000001A",
                                        "423fce839fe1c125cf7e68582dc9bf90e06022079f55caa2eaaa362253ff3f8f"))),
                        new DrawResult.StratumDraw(
                                "330108",
                                2,
                                1,
                                List.of(new DrawResult.RankedTarget(
                                        "91330108000000004D",
                                        "1441edd5343bb045c804fc6073c921966717f657dec40f57a6d4a9cf8a1b7ee1"))));
        assertThat(DrawFixtures.hmac(SEED, "91330106000000003C"))
                .isEqualTo("a2595d37fc5741fc255b6c46b01216bf47edd05c89cc1ea079f2b4e7433ad678");
        assertThat(DrawFixtures.hmac(SEED, "91330108000000005E"))
                .isEqualTo("36ebdc8091d5dc7abc2605e1a77aac31736c5e4047e70972598efe6599f353da");
    }

    @Test
    void teams_go_to_the_least_loaded_eligible_inspectors_in_hmac_order_of_the_targets() {
        assertThat(published.result().teams())
                .containsExactly(
                        new DrawResult.Team("91330108000000004D", List.of("zhang.wei", "wang.li")),
                        new DrawResult.Team("91330106000000001A", List.of("chen.jie", "wang.li")),
                        new DrawResult.Team("91330108000000006F", List.of("zhang.wei", "wang.li")));
        assertThat(DrawVerifier.verify(published).accepted()).isTrue();
    }
}
