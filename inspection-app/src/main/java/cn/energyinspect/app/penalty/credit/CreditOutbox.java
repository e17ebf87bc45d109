package cn.energyinspect.app.penalty.credit;

import cn.energyinspect.app.time.BusinessTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, in the caller's transaction, a push for the provincial credit platform, with the record as it is at this
 * moment: a rolled-back change leaves no row, a committed one is delivered by {@link CreditDeliveries} however long
 * the platform is down.
 */
@Component
public class CreditOutbox {
    public static final String PUBLISH = "PUBLISH";
    public static final String CORRECT = "CORRECT";
    public static final String STOP = "STOP";
    public static final String WITHDRAW = "WITHDRAW";

    private final CreditMapper credit;
    private final ObjectMapper json;
    private final BusinessTime time;

    CreditOutbox(CreditMapper credit, ObjectMapper json, BusinessTime time) {
        this.credit = credit;
        this.json = json;
        this.time = time;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void push(long penaltyId, String action, String decisionNumber, Map<String, String> record, String reason) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("record", record);
        payload.put("reason", reason);
        try {
            credit.insertOutbox(new CreditMapper.OutboxRow(
                    null,
                    penaltyId,
                    action,
                    decisionNumber,
                    json.writeValueAsString(payload),
                    time.now(),
                    0,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the credit record of penalty " + penaltyId, e);
        }
    }
}
