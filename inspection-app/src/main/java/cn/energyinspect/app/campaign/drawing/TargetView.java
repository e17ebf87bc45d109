package cn.energyinspect.app.campaign.drawing;

import java.util.List;

/** A target of a plan's current draw with its team (name and 执法证 number only) and its case once started. */
public record TargetView(
        String uscc,
        String enterpriseName,
        String regionCode,
        String source,
        String stratum,
        List<TeamMember> team,
        String status,
        String replacementReason,
        Long caseId) {

    public record TeamMember(String username, String name, String certificateNo) {}

    /** The target with its team named (name and 执法证 number) but without the members' login names. */
    TargetView withoutTeamLogins() {
        return new TargetView(
                uscc,
                enterpriseName,
                regionCode,
                source,
                stratum,
                team.stream()
                        .map(m -> new TeamMember(null, m.name(), m.certificateNo()))
                        .toList(),
                status,
                replacementReason,
                caseId);
    }
}
