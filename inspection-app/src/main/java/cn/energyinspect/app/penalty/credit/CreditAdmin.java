package cn.energyinspect.app.penalty.credit;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a province administrator sees of the platform outbox (pending, parked, delivered, each push with its receipt or
 * last error) and the one thing it may do: retry a parked push.
 */
@Service
public class CreditAdmin {
    static final int SHOWN = 200;
    private final CreditMapper credit;

    CreditAdmin(CreditMapper credit) {
        this.credit = credit;
    }

    public record View(long pending, long parked, long delivered, List<CreditMapper.OutboxRow> undelivered) {}

    @Transactional(readOnly = true)
    public View view(CurrentUser user) {
        admin(user);
        CreditMapper.OutboxCounts counts = credit.outboxCounts();
        return new View(counts.pending(), counts.parked(), counts.delivered(), credit.undelivered(SHOWN));
    }

    @Transactional
    public CreditMapper.OutboxRow retry(long id, CurrentUser user) {
        admin(user);
        CreditMapper.OutboxRow row = credit.outboxRow(id).orElseThrow(() -> Refusal.notFound("推送记录"));
        if (!row.parked()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "该推送未被搁置，无需重试");
        }
        credit.unpark(id);
        return credit.outboxRow(id).orElseThrow();
    }

    private static void admin(CurrentUser user) {
        if (!user.hasRole(Role.PROVINCE_ADMIN)) {
            throw Refusal.forbidden("只有省级管理员可以查看信用平台推送");
        }
    }
}
