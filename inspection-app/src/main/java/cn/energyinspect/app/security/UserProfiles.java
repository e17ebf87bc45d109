package cn.energyinspect.app.security;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.region.RegionMapper;
import cn.energyinspect.app.region.RegionRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link UserProfile} of the signed-in user: names of its agency and region, and the regions below it. */
@Service
class UserProfiles {
    private final AgencyMapper agencies;
    private final RegionMapper regions;
    private final UserMapper users;
    private final SecondFactors secondFactors;

    UserProfiles(AgencyMapper agencies, RegionMapper regions, UserMapper users, SecondFactors secondFactors) {
        this.agencies = agencies;
        this.regions = regions;
        this.users = users;
        this.secondFactors = secondFactors;
    }

    @Transactional(readOnly = true)
    UserProfile of(CurrentUser user) {
        RegionRow own = regions.find(user.regionCode()).orElse(null);
        String agencyName = user.agencyId() == null
                ? null
                : agencies.findById(user.agencyId()).map(Agency::name).orElse(null);
        List<UserProfile.RegionItem> within = new ArrayList<>();
        if (user.role() != Role.ENTERPRISE && own != null) {
            within.add(item(own));
            String prefix = user.jurisdiction().regionPrefix();
            for (String level : List.of("CITY", "COUNTY")) {
                regions.findWithin(prefix, level).stream()
                        .filter(r -> !r.code().equals(own.code()))
                        .map(UserProfiles::item)
                        .forEach(within::add);
            }
            within.sort(Comparator.comparing(UserProfile.RegionItem::code));
        }
        AccountState state = users.findState(user.id()).orElse(null);
        boolean secondFactor = state != null && state.secondFactorEnabled();
        return new UserProfile(
                user.id(),
                user.username(),
                user.displayName(),
                user.role(),
                user.regionCode(),
                own == null ? null : own.name(),
                user.agencyId(),
                agencyName,
                user.enterpriseUscc(),
                List.copyOf(within),
                state != null && state.passwordChangeRequired(),
                secondFactor,
                !secondFactor && secondFactors.enrolmentRequired(user));
    }

    private static UserProfile.RegionItem item(RegionRow row) {
        return new UserProfile.RegionItem(row.code(), row.name(), row.level());
    }
}
