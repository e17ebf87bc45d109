/**
 * The verifiable 双随机 draw (regulations.md §1.4): targets drawn from a stored candidate pool, stratified, and a
 * team of certified inspectors per target, as a deterministic function of (seed, pool, inspector roster,
 * parameters). Before the draw a {@link cn.energyinspect.app.campaign.draw.Commitment} (SHA-256 of each input and of
 * the secret seed) is published; after it, the seed is revealed and anyone can recompute the result with
 * {@link cn.energyinspect.app.campaign.draw.DrawVerifier} or {@code verify-draw <file>}. The algorithm and the
 * canonical formats are specified in {@code docs/draw-algorithm.md}: a change to either breaks every published
 * draw, so the format carries a version line.
 *
 * <p>Plain Java (plus Jackson for the published file) on purpose: the verifier must run without the application,
 * and the algorithm must stay readable as a specification.
 */
package cn.energyinspect.app.campaign.draw;
