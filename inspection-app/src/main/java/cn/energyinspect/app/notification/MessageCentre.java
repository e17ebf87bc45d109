package cn.energyinspect.app.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@link Notifier} on the database: resolves the audience to enabled users now and hands each recipient's message to
 * every configured channel. An unknown channel name refuses to start.
 */
@Service
class MessageCentre implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(MessageCentre.class);

    private final NotificationMapper mapper;
    private final List<NotificationChannel> channels;

    MessageCentre(NotificationMapper mapper, List<NotificationChannel> available, NotificationProperties settings) {
        this.mapper = mapper;
        Map<String, NotificationChannel> byName = new LinkedHashMap<>();
        available.forEach(c -> byName.put(c.name(), c));
        List<NotificationChannel> chosen = new ArrayList<>();
        for (String name : settings.channels()) {
            NotificationChannel channel = byName.get(name.strip());
            if (channel == null) {
                throw new IllegalStateException("energyinspect.notification.channels names an unknown channel '" + name
                        + "'; known: " + byName.keySet());
            }
            chosen.add(channel);
        }
        this.channels = List.copyOf(chosen);
    }

    @Override
    public void publish(Notice notice) {
        List<Recipient> recipients = recipients(notice.audience());
        for (Recipient recipient : recipients) {
            for (NotificationChannel channel : channels) {
                channel.deliver(new Delivery(recipient, notice));
            }
        }
        log.info(
                "N-PUBLISHED kind={} case={} task={} recipients={} key={}",
                notice.kind(),
                notice.caseId(),
                notice.taskId(),
                recipients.size(),
                notice.dedupeKey());
    }

    List<Recipient> recipients(Audience audience) {
        Map<Long, Recipient> unique = new LinkedHashMap<>();
        collect(audience, unique);
        return List.copyOf(unique.values());
    }

    private void collect(Audience audience, Map<Long, Recipient> into) {
        List<Recipient> found = switch (audience) {
            case Audience.Users u -> u.usernames().isEmpty() ? List.of() : mapper.byUsernames(u.usernames());
            case Audience.AgencyRole a ->
                mapper.ofAgencyRole(a.agencyId(), a.role().name());
            case Audience.CaseSupervisors c -> mapper.caseSupervisors(c.caseId());
            case Audience.CaseTeam t -> mapper.caseTeam(t.caseId());
            case Audience.Enterprise e -> mapper.ofEnterprise(e.uscc());
            case Audience.Offered o -> offered(o);
            case Audience.All all -> {
                all.audiences().forEach(a -> collect(a, into));
                yield List.of();
            }
        };
        found.forEach(r -> into.putIfAbsent(r.userId(), r));
    }

    /** Candidate groups are {@code agency-<id>-<ROLE>} and {@code enterprise-<uscc>} (SiteInspectionProcess.Groups). */
    private List<Recipient> offered(Audience.Offered offered) {
        List<Recipient> out = new ArrayList<>();
        if (!offered.usernames().isEmpty()) {
            out.addAll(mapper.byUsernames(offered.usernames()));
        }
        for (String group : offered.groups()) {
            if (group.startsWith("agency-")) {
                int dash = group.lastIndexOf('-');
                try {
                    long agency = Long.parseLong(group.substring("agency-".length(), dash));
                    out.addAll(mapper.ofAgencyRole(agency, group.substring(dash + 1)));
                } catch (RuntimeException malformed) {
                    log.warn("N-UNKNOWN-GROUP group={}", group);
                }
            } else if (group.startsWith("enterprise-")) {
                out.addAll(mapper.ofEnterprise(group.substring("enterprise-".length())));
            }
        }
        return out;
    }
}
