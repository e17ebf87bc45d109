package cn.energyinspect.app.penalty;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Lists of codes as the tables keep them: {@code FINE;WARNING}. */
public final class Codes {
    private Codes() {}

    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public static String join(Collection<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(";", codes);
    }
}
