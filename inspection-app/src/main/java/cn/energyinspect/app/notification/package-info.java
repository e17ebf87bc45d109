/**
 * The message centre (消息中心) and its channel port. Capabilities tell people through {@link Notifier#publish} (one
 * call, inside their own transaction, so a message exists exactly when the change it reports does); the message
 * centre resolves the audience to users at that moment (an agency's supervisors, an enterprise's users, a case's
 * team), records each recipient and hands the message to the configured channels ({@code
 * energyinspect.notification.channels}): {@code in-app} (default) writes the message centre's rows the badge counts,
 * {@code test} records what an SMS or e-mail gateway would have been sent ({@code notification_delivery}). A real SMS
 * or e-mail channel is one more {@link NotificationChannel} bean. Every message has a dedupe key, so a retried job or
 * an overlapping poll never tells anyone twice.
 *
 * <p>{@link TaskNotices} polls the workflow (through its facade) for tasks newly offered and for statutory deadlines
 * approaching or passed, and publishes those; the process's own escalations (day 15 of the 20-day notice limit, the
 * statement period over, the rectification deadline passed and the penalty referral) are published by the case's
 * lifecycle adapter as they happen.
 */
package cn.energyinspect.app.notification;
