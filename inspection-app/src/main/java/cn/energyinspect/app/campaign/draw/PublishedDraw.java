package cn.energyinspect.app.campaign.draw;

/**
 * The file published after the draw: the commitment published before it, the committed inputs, the revealed seed
 * (hex) and the result. {@link DrawFile} reads and writes it as JSON.
 */
public record PublishedDraw(
        String format,
        Commitment commitment,
        PoolSnapshot pool,
        InspectorRoster inspectors,
        DrawParameters parameters,
        String seed,
        DrawResult result) {
    public static final String FORMAT = "energyinspect-draw/1";
}
