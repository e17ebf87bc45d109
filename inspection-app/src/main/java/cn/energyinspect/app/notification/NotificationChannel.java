package cn.energyinspect.app.notification;

/**
 * A way to reach people (the in-app message centre, SMS, e-mail). Runs inside the publishing transaction: a channel
 * that talks to an outside server should queue there and send after commit. Must be idempotent per recipient and
 * dedupe key.
 */
public interface NotificationChannel {
    /** The name {@code energyinspect.notification.channels} lists, e.g. {@code in-app}. */
    String name();

    void deliver(Delivery delivery);
}
