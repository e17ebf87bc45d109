package cn.energyinspect.mobile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rule for two devices answering the same item: every answer carries the version of the server's answer it was
 * based on ({@code 0} when the item had none). When the server's answer has moved on since, the device's answer is
 * stale and is refused with both values, for the person to choose (保留我的 / 采用服务器的); nothing is silently
 * overwritten. An answer equal to the server's is no conflict, whatever its base: there is nothing to choose.
 */
public final class AnswerVersions {
    private AnswerVersions() {}

    /** What the server holds of one item: its answer, version and who gave it. */
    public record ServerAnswer(JsonNode answer, int version, String answeredBy) {}

    /** The device's answers split into those to store and those that are stale. */
    public record Outcome(Map<String, JsonNode> changed, List<MobileModels.AnswerConflict> conflicts) {
        public boolean stale() {
            return !conflicts.isEmpty();
        }
    }

    /**
     * Compares each answer's base version with the server's current one.
     *
     * @param answers the device's answers by item code
     * @param baseVersions the version each was based on (a missing base counts as {@code 0}: the device saw none)
     * @param server the server's answers by item code (items never answered are absent)
     * @param labels the item's label, for the message
     */
    public static Outcome compare(
            Map<String, JsonNode> answers,
            Map<String, Integer> baseVersions,
            Map<String, ServerAnswer> server,
            Function<String, String> labels) {
        Map<String, JsonNode> changed = new LinkedHashMap<>();
        List<MobileModels.AnswerConflict> conflicts = new ArrayList<>();
        answers.forEach((code, answer) -> {
            ServerAnswer current = server.get(code);
            int serverVersion = current == null ? 0 : current.version();
            int base = baseVersions == null ? 0 : baseVersions.getOrDefault(code, 0);
            if (current != null && current.answer().equals(answer)) {
                return; // the same answer: nothing to store, nothing to choose
            }
            if (base != serverVersion) {
                conflicts.add(new MobileModels.AnswerConflict(
                        code,
                        labels.apply(code),
                        base,
                        serverVersion,
                        answer,
                        current == null ? null : current.answer(),
                        current == null ? null : current.answeredBy()));
            } else {
                changed.put(code, answer);
            }
        });
        return new Outcome(changed, conflicts);
    }
}
