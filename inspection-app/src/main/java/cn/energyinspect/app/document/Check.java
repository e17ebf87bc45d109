package cn.energyinspect.app.document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Argument checks shared by the document records; messages name the field in Chinese and in code. */
final class Check {

    /** Law-enforcement inspections and their documents need at least two officers (行政处罚法 Art. 42). */
    static final int MINIMUM_INSPECTORS = 2;

    private Check() {}

    static void present(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + "不能为空");
        }
    }

    static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + "不能为空");
        }
    }

    /** {@code null} is allowed (the line is left out), blank is not: it would print an empty field. */
    static void optionalText(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + "不能为空白；没有时请传 null");
        }
    }

    static <T> List<T> list(List<T> values, String field) {
        present(values, field);
        for (T value : values) {
            present(value, field + "中的元素");
        }
        return List.copyOf(values);
    }

    static <T> List<T> nonEmpty(List<T> values, String field) {
        List<T> copy = list(values, field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + "至少需要1项");
        }
        return copy;
    }

    static List<String> texts(List<String> values, String field) {
        List<String> copy = list(values, field);
        copy.forEach(value -> text(value, field + "中的元素"));
        return copy;
    }

    static List<Inspector> inspectors(List<Inspector> inspectors) {
        List<Inspector> copy = list(inspectors, "监察人员（inspectors）");
        Set<String> certificates = new HashSet<>();
        copy.forEach(inspector -> certificates.add(inspector.certificateNumber().strip()));
        if (certificates.size() < MINIMUM_INSPECTORS) {
            throw new IllegalArgumentException(
                    "监察人员（inspectors）至少需要" + MINIMUM_INSPECTORS + "名持有不同执法证的行政执法人员，实际" + certificates.size() + "名");
        }
        if (certificates.size() != copy.size()) {
            throw new IllegalArgumentException("监察人员（inspectors）中有重复的执法证号");
        }
        return copy;
    }

    static void uniqueNumbers(List<Integer> numbers, String field) {
        if (new HashSet<>(numbers).size() != numbers.size()) {
            throw new IllegalArgumentException(field + "的序号重复：" + numbers);
        }
    }
}
