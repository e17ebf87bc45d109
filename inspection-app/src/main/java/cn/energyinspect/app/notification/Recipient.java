package cn.energyinspect.app.notification;

/** A user a message goes to, with what channels need to reach it. */
public record Recipient(long userId, String username, String displayName, String phone) {}
