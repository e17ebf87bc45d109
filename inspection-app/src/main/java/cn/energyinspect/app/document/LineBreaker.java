package cn.energyinspect.app.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Greedy line breaking for Chinese text with embedded Latin runs. Every CJK character or full-width mark may end a
 * line; a Latin run (GB 16780-2021, 91350100M000100Y43) stays whole unless it is longer than a line. Simple 避头尾:
 * closing punctuation never starts a line (the character before it moves down with it) and opening punctuation never
 * ends one. Nothing ever overflows the width.
 */
final class LineBreaker {

    private static final String NO_START = "，。、；：？！）》」』】〕〉”’…%·,.;:?!)]}";
    private static final String NO_END = "（《「『【〔〈“‘([{";
    private static final float TOLERANCE = 0.01f;

    private final ToDoubleFunction<String> measure;

    LineBreaker(ToDoubleFunction<String> measure) {
        this.measure = measure;
    }

    /** Breaks {@code text} (no line breaks in it) into lines: the first at most {@code first} wide, the rest {@code rest}. */
    List<String> wrap(String text, float first, float rest) {
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        float limit = first;
        for (String token : tokens(text)) {
            if (token.equals(" ") && line.isEmpty()) {
                continue;
            }
            if (width(line) + width(token) <= limit + TOLERANCE) {
                line.add(token);
                continue;
            }
            if (token.equals(" ")) {
                lines.add(join(line));
                line = new ArrayList<>();
                limit = rest;
                continue;
            }
            if (width(token) > rest) {
                // a Latin run longer than a line: break it anywhere
                for (int i = 0; i < token.length(); ) {
                    String piece = new String(Character.toChars(token.codePointAt(i)));
                    i += piece.length();
                    if (width(line) + width(piece) > limit + TOLERANCE && !line.isEmpty()) {
                        lines.add(join(line));
                        line = new ArrayList<>();
                        limit = rest;
                    }
                    line.add(piece);
                }
                continue;
            }
            List<String> carried = carry(line, token, rest);
            lines.add(join(line));
            line = carried;
            line.add(token);
            limit = rest;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(join(line));
        }
        return lines;
    }

    /** Takes from the end of {@code line} what must move to the next line with {@code next}. */
    private List<String> carry(List<String> line, String next, float rest) {
        List<String> carried = new ArrayList<>();
        if (NO_START.indexOf(next.charAt(0)) >= 0 && line.size() > 1) {
            carried.add(0, line.removeLast());
        }
        while (line.size() > 1 && NO_END.indexOf(line.getLast().charAt(0)) >= 0) {
            carried.add(0, line.removeLast());
        }
        if (width(carried) + width(next) > rest) {
            line.addAll(carried);
            carried.clear();
        }
        return carried;
    }

    private float width(String token) {
        return (float) measure.applyAsDouble(token);
    }

    private float width(List<String> tokens) {
        float total = 0;
        for (String token : tokens) {
            total += width(token);
        }
        return total;
    }

    private static String join(List<String> tokens) {
        return String.join("", tokens).strip();
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            boolean space = Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
            boolean wide = codePoint >= 0x2E80 || (codePoint >= 0x2000 && codePoint <= 0x206F);
            if (!space && !wide) {
                latin.appendCodePoint(codePoint);
                return;
            }
            if (!latin.isEmpty()) {
                tokens.add(latin.toString());
                latin.setLength(0);
            }
            if (!space) {
                tokens.add(new String(Character.toChars(codePoint)));
            } else if (tokens.isEmpty() || !tokens.getLast().equals(" ")) {
                tokens.add(" ");
            }
        });
        if (!latin.isEmpty()) {
            tokens.add(latin.toString());
        }
        return tokens;
    }
}
