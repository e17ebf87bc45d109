package cn.energyinspect.app.notification;

/** One message for one recipient, as a channel receives it. */
public record Delivery(Recipient recipient, Notice notice) {}
