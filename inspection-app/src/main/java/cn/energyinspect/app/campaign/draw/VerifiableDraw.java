package cn.energyinspect.app.campaign.draw;

/**
 * The draw: a pure function of (seed, pool, roster, parameters). No clock, no randomness of its own: the seed is the
 * only source of chance, which is what lets anyone recompute it.
 */
public final class VerifiableDraw {
    private VerifiableDraw() {}

    /**
     * @throws InsufficientInspectorsException when a target cannot get a full team
     * @throws IllegalArgumentException when a stratum has neither a count nor a ratio
     */
    public static DrawResult run(Seed seed, PoolSnapshot pool, InspectorRoster roster, DrawParameters parameters) {
        var hmac = new Digests.Hmac(seed);
        var targets = new TargetDraw(parameters, hmac).draw(pool);
        var partial = new DrawResult(targets.strata(), targets.named(), targets.excluded(), java.util.List.of());
        var teams = new TeamDraw(parameters, hmac).draw(partial.targets(), roster);
        return new DrawResult(targets.strata(), targets.named(), targets.excluded(), teams);
    }

    /** Runs the draw and packs everything the public needs to verify it, seed included. */
    public static PublishedDraw runAndPublish(
            Seed seed, PoolSnapshot pool, InspectorRoster roster, DrawParameters parameters) {
        var result = run(seed, pool, roster, parameters);
        return new PublishedDraw(
                PublishedDraw.FORMAT,
                Commitment.of(seed, pool, roster, parameters),
                pool,
                roster,
                parameters,
                seed.hex(),
                result);
    }
}
