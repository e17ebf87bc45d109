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
        return usernames(team);
    }

    /** The usernames of a team as {@code campaign_target.team} stores them (comma separated). */
    public static java.util.List<String> usernames(String team) {
        return team == null || team.isEmpty() ? java.util.List.of() : java.util.List.of(team.split(","));
    }
}
