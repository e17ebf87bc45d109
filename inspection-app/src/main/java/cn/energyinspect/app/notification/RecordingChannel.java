package cn.energyinspect.app.notification;

import cn.energyinspect.app.time.BusinessTime;
import org.springframework.stereotype.Component;

/**
 * The test channel: records in {@code notification_delivery} what an SMS gateway would have been sent (to the
 * recipient's phone), so the wiring of an outside channel can be tried here without any outside server.
 */
@Component
class RecordingChannel implements NotificationChannel {
    private final NotificationMapper mapper;
    private final BusinessTime time;

    RecordingChannel(NotificationMapper mapper, BusinessTime time) {
        this.mapper = mapper;
        this.time = time;
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public void deliver(Delivery delivery) {
        mapper.insertDelivery(name(), delivery.recipient(), delivery.notice(), time.now());
    }
}
