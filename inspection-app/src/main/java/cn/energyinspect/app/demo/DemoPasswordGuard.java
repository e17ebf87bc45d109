package cn.energyinspect.app.demo;

import cn.energyinspect.app.security.UserAccount;
import cn.energyinspect.app.security.UserMapper;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the demo run, refuses to start while any demo account still has the demo password: a production database
 * that was once started with demo data must have those accounts changed or disabled first. Runs before the web server
 * opens its port.
 */
@Component
@ConditionalOnProperty(name = "energyinspect.demo-data.enabled", havingValue = "false", matchIfMissing = true)
class DemoPasswordGuard implements SmartInitializingSingleton {
    private final UserMapper users;
    private final PasswordEncoder encoder;

    DemoPasswordGuard(UserMapper users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (UserAccount account : users.findByUsernames(DemoUsers.USERNAMES)) {
            if (account.enabled() && encoder.matches(DemoUsers.PASSWORD, account.passwordHash())) {
                throw new IllegalStateException("用户 " + account.username() + " 仍在使用演示密码，生产配置拒绝启动 — user '"
                        + account.username() + "' still has the demo password; change or disable it before starting"
                        + " without demo data");
            }
        }
    }
}
