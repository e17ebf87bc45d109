package cn.energyinspect.app.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Looks up a signed-in user by username, for modules that only receive the name (the mobile API). */
@Component
public class UserDirectory {
    private final UserMapper users;

    UserDirectory(UserMapper users) {
        this.users = users;
    }

    public Optional<CurrentUser> byUsername(String username) {
        return users.findByUsername(username).filter(UserAccount::enabled).map(CurrentUser::of);
    }

    /** The name and 执法证 number of these users (disabled ones too: a past team stays named), in one query. */
    public Map<String, InspectorCard> inspectorCards(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernames(List.copyOf(usernames)).stream()
                .collect(Collectors.toMap(
                        UserAccount::username,
                        u -> new InspectorCard(u.username(), u.displayName(), u.certificateNo())));
    }
}
