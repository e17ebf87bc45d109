package cn.energyinspect.app.campaign.draw;

/**
 * Published before the draw: the SHA-256 (lowercase hex) of the canonical pool, inspector roster and parameters, and
 * of the secret seed. The roster is committed as well as the pool because the teams depend on it.
 */
public record Commitment(String poolSha256, String inspectorsSha256, String parametersSha256, String seedSha256) {

    public static Commitment of(Seed seed, PoolSnapshot pool, InspectorRoster inspectors, DrawParameters parameters) {
        return new Commitment(
                Digests.sha256(CanonicalForm.of(pool)),
                Digests.sha256(CanonicalForm.of(inspectors)),
                Digests.sha256(CanonicalForm.of(parameters)),
                seed.sha256());
    }
}
