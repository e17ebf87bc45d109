package cn.energyinspect.app.notification;

import cn.energyinspect.app.time.BusinessTime;
import org.springframework.stereotype.Component;

/** The default channel: the message centre's own rows, which the badge counts and the inbox lists. */
@Component
class InAppChannel implements NotificationChannel {
    private final NotificationMapper mapper;
    private final BusinessTime time;

    InAppChannel(NotificationMapper mapper, BusinessTime time) {
        this.mapper = mapper;
        this.time = time;
    }

    @Override
    public String name() {
        return "in-app";
    }

    @Override
    public void deliver(Delivery delivery) {
        mapper.insertMessage(
                delivery.recipient().userId(),
                delivery.notice(),
                delivery.notice().kind().name(),
                time.now());
    }
}
