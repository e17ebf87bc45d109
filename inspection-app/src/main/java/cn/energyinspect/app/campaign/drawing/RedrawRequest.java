package cn.energyinspect.app.campaign.drawing;

/** A second (or later) draw of a plan: the reason is recorded and published; the earlier draw stays on record. */
public record RedrawRequest(String reason, DrawRequest parameters) {}
