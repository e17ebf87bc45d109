package cn.energyinspect.app.campaign.drawing;

/** A row of {@code campaign_target} with the enterprise's name and region. */
public record TargetRow(
        Long id,
        Long planId,
        Long drawId,
        String uscc,
        String enterpriseName,
        String regionCode,
        String source,
        String stratum,
        String team,
        String status,
        Long replacedBy,
        String replacementReason,
        Long caseId) {

    public java.util.List<String> teamUsernames() {
        return team == null || team.isEmpty() ? java.util.List.of() : java.util.List.of(team.split(","));
    }
}
