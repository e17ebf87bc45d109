package cn.energyinspect.app.notification;

/**
 * The port capabilities publish messages through. Call it inside the transaction of the change it reports; it is
 * idempotent per recipient and {@link Notice#dedupeKey()}.
 */
public interface Notifier {
    void publish(Notice notice);
}
