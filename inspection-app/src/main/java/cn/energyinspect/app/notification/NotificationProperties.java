package cn.energyinspect.app.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the message centre ({@code energyinspect.notification.*}).
 *
 * @param channels the channels every message goes to: {@code in-app} (the message centre), {@code test} (records what
 *     an SMS gateway would be sent)
 * @param pollInterval how often new tasks and deadlines are looked for; the badge shows a new task or a deadline at
 *     most this long after it appears (escalations from the process are immediate)
 * @param warnWorkingDaysBefore a statutory deadline is announced this many working days before it falls due
 */
@Validated
@ConfigurationProperties("energyinspect.notification")
public record NotificationProperties(
        @DefaultValue("in-app") List<String> channels,
        @DefaultValue("15s") Duration pollInterval,

        @DefaultValue("2") @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(30)
        int warnWorkingDaysBefore,

        @DefaultValue("true") boolean pollerEnabled) {}
