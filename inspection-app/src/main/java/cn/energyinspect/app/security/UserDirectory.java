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

    /**
     * The display names of these users, for anything a person reads (never the login name); the process itself is
     * named 系统, an unknown user 未登记用户.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new java.util.HashMap<>();
        List<String> wanted =
                usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            users.findByUsernames(wanted).forEach(u -> names.put(u.username(), u.displayName()));
        }
        wanted.forEach(name -> names.putIfAbsent(name, "process".equals(name) ? "系统" : "未登记用户"));
        return names;
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
