package cn.energyinspect.app.campaign.drawing;

import java.util.List;

/**
 * A manual replacement of one drawn target (e.g. the enterprise closed down), with the reason on record.
 *
 * @param team the replacement's team; empty to keep the replaced target's team when it may inspect the new one
 */
public record ReplaceRequest(String replacementUscc, String reason, List<String> team) {}
