package cn.energyinspect.app.web;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounds every paged list of the API shares: a 0-based {@code page}, a {@code size} of 1 to at most {@value
 * #MAX_SIZE}, and an offset ({@code page × size}) of at most {@value #MAX_OFFSET} rows. A deeper page is refused with a
 * 422 naming {@code page} instead of overflowing into a negative SQL {@code OFFSET} (a 500); a client that needs rows
 * that far down narrows its filter.
 */
public final class Paging {
    /** The largest page any list serves. */
    public static final int MAX_SIZE = 200;
    /** The deepest row a page may start at. */
    public static final int MAX_OFFSET = 1_000_000;

    private Paging() {}

    /**
     * Adds to {@code errors} what is wrong with {@code page} and {@code size}; {@code maxSize} is the list's own
     * ceiling, never above {@value #MAX_SIZE}.
     */
    public static void check(int page, int size, int maxSize, List<FieldError> errors) {
        int ceiling = Math.min(maxSize, MAX_SIZE);
        if (page < 0) {
            errors.add(new FieldError("page", "不能为负数"));
        }
        if (size < 1 || size > ceiling) {
            errors.add(new FieldError("size", "须在 1 至 " + ceiling + " 之间"));
        } else if (page > 0 && (long) page * size > MAX_OFFSET) {
            errors.add(new FieldError("page", "翻页过深：page × size 不能超过 " + MAX_OFFSET + "，请缩小筛选范围"));
        }
    }

    /** Refuses a bad {@code page} or {@code size} with a 422 naming them. */
    public static void require(int page, int size, int maxSize) {
        List<FieldError> errors = new ArrayList<>();
        check(page, size, maxSize, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    /** The first row of the page; 0 for values {@link #check} refuses, so a caller collecting errors never overflows. */
    public static int offset(int page, int size) {
        long offset = (long) page * size;
        return offset < 0 || offset > MAX_OFFSET ? 0 : (int) offset;
    }
}
