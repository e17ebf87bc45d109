package cn.energyinspect.app.campaign.drawing;

/** Where one draw attempt stands. */
public enum DrawStatus {
    /** the commitment is published; the seed is secret and nothing is drawn yet */
    COMMITTED,
    /** the targets and teams are drawn; the seed is still secret */
    DRAWN,
    /** the seed is published: anyone can recompute the draw */
    REVEALED,
    /** replaced by a re-draw with a recorded reason; kept on record */
    SUPERSEDED
}
