package cn.energyinspect.app.campaign.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Recomputes a published draw from its inputs and compares every part with what was committed and published. */
public final class DrawVerifier {
    private DrawVerifier() {}

    /**
     * @param mismatches empty when the draw is verified
     * @param notes what was not checked, e.g. the teams of a public file without the roster
     */
    public record Verdict(List<String> mismatches, List<String> notes) {
        public Verdict {
            mismatches = List.copyOf(mismatches);
            notes = List.copyOf(notes);
        }

        Verdict(List<String> mismatches) {
            this(mismatches, List.of());
        }

        public boolean accepted() {
            return mismatches.isEmpty();
        }
    }

    public static Verdict verify(PublishedDraw draw) {
        var mismatches = new ArrayList<String>();
        if (!PublishedDraw.FORMAT.equals(draw.format())) {
            mismatches.add("unknown format " + draw.format() + ", expected " + PublishedDraw.FORMAT);
            return new Verdict(mismatches);
        }
        if (draw.commitment() == null || draw.pool() == null || draw.parameters() == null || draw.seed() == null) {
            mismatches.add("the file lacks its commitment, pool, parameters or seed");
            return new Verdict(mismatches);
        }
        Seed seed;
        try {
            seed = new Seed(draw.seed());
        } catch (RuntimeException e) {
            mismatches.add("seed is not 64 hex digits");
            return new Verdict(mismatches);
        }
        var c = draw.commitment();
        compare(mismatches, "pool", c.poolSha256(), Digests.sha256(CanonicalForm.of(draw.pool())));
        compare(mismatches, "parameters", c.parametersSha256(), Digests.sha256(CanonicalForm.of(draw.parameters())));
        compare(mismatches, "seed", c.seedSha256(), seed.sha256());
        var notes = new ArrayList<String>();
        try {
            if (draw.inspectors() == null) {
                // the public file: no roster (it holds declared conflicts), so only the targets can be recomputed
                notes.add("the file has no inspector roster (a public file): targets verified, teams not verified");
                var recomputed = new TargetDraw(draw.parameters(), new Digests.Hmac(seed)).draw(draw.pool());
                mismatches.addAll(differences(
                        draw.result(),
                        new DrawResult(recomputed.strata(), recomputed.named(), recomputed.excluded(), List.of()),
                        false));
            } else {
                compare(
                        mismatches,
                        "inspectors",
                        c.inspectorsSha256(),
                        Digests.sha256(CanonicalForm.of(draw.inspectors())));
                var recomputed = VerifiableDraw.run(seed, draw.pool(), draw.inspectors(), draw.parameters());
                mismatches.addAll(differences(draw.result(), recomputed, true));
            }
        } catch (RuntimeException e) {
            mismatches.add("the draw cannot be recomputed: " + e.getMessage());
        }
        return new Verdict(mismatches, notes);
    }

    private static void compare(List<String> mismatches, String what, String committed, String actual) {
        if (!actual.equals(committed)) {
            mismatches.add("SHA-256 of the " + what + " is " + actual + ", the commitment says " + committed);
        }
    }

    private static List<String> differences(DrawResult published, DrawResult recomputed, boolean withTeams) {
        var found = new ArrayList<String>();
        if (published == null) {
            return List.of("the file has no result");
        }
        same(found, "named targets", published.named(), recomputed.named());
        same(found, "exclusions", published.excluded(), recomputed.excluded());
        same(found, "drawn targets", published.strata(), recomputed.strata());
        if (withTeams) {
            same(found, "teams", published.teams(), recomputed.teams());
        }
        return found;
    }

    private static void same(List<String> found, String what, Object published, Object recomputed) {
        if (!Objects.equals(published, recomputed)) {
            found.add("the published " + what + " differ from the recomputed ones");
        }
    }
}
