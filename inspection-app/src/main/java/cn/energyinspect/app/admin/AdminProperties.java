package cn.energyinspect.app.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of administration ({@code energyinspect.admin.*}).
 *
 * @param lowerTierAdministrators whether an administrator whose region is a city or county may administer it (the
 *     province decides; on by default so each tier can run its own users)
 * @param expiringWithinDays the default window of the 执法证 expiry list
 */
@Validated
@ConfigurationProperties("energyinspect.admin")
public record AdminProperties(
        @DefaultValue("true") boolean lowerTierAdministrators,

        @DefaultValue("60") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(3660)
        int expiringWithinDays) {}
