package cn.energyinspect.app.security;

import java.util.Optional;
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
}
