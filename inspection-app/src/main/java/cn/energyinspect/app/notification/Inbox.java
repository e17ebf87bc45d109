package cn.energyinspect.app.notification;

import cn.energyinspect.app.inspection.CaseTasks;
import cn.energyinspect.app.inspection.InspectionCases;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.app.web.Paging;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's messages, read and unread, and the badge: open tasks plus unread messages. */
@Service
public class Inbox {
    private final NotificationMapper mapper;
    private final CaseTasks tasks;
    private final InspectionCases cases;
    private final BusinessTime time;

    Inbox(NotificationMapper mapper, CaseTasks tasks, InspectionCases cases, BusinessTime time) {
        this.mapper = mapper;
        this.tasks = tasks;
        this.cases = cases;
        this.time = time;
    }

    /** The header's badge. */
    public record Badge(long unreadMessages, long openTasks, long total) {
        static Badge of(long unreadMessages, long openTasks) {
            return new Badge(unreadMessages, openTasks, unreadMessages + openTasks);
        }
    }

    public record Page(List<NotificationMapper.MessageRow> items, int page, int size, long totalItems, Badge badge) {}

    @Transactional(readOnly = true)
    public Page messages(boolean unreadOnly, int page, int size, CurrentUser user) {
        Paging.require(page, size, Paging.MAX_SIZE);
        return new Page(
                mapper.inbox(user.id(), unreadOnly, Paging.offset(page, size), size),
                page,
                size,
                mapper.countInbox(user.id(), unreadOnly),
                badge(user));
    }

    @Transactional(readOnly = true)
    public Badge badge(CurrentUser user) {
        return Badge.of(mapper.countInbox(user.id(), true), tasks.countMine(user));
    }

    @Transactional
    public Badge markRead(long id, CurrentUser user) {
        if (mapper.markRead(user.id(), id, time.now()) == 0) {
            throw Refusal.notFound("消息");
        }
        return badge(user);
    }

    @Transactional
    public Badge markAllRead(CurrentUser user) {
        mapper.markAllRead(user.id(), time.now());
        return badge(user);
    }

    /** Who was told of the case (escalations, answers, tasks) and when they read it; agency users only. */
    @Transactional(readOnly = true)
    public List<NotificationMapper.Told> ofCase(long caseId, CurrentUser user) {
        if (user.role() == Role.ENTERPRISE) {
            throw Refusal.notFound("案件");
        }
        cases.requireVisible(caseId, user);
        return mapper.ofCase(caseId);
    }

    /** What the test channel recorded for the caller (for trying an SMS or e-mail channel's wiring). */
    @Transactional(readOnly = true)
    public List<NotificationMapper.DeliveryRow> deliveries(CurrentUser user) {
        return mapper.deliveries(user.id());
    }
}
