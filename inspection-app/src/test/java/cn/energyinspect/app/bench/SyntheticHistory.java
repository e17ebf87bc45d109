package cn.energyinspect.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark seeding only: the engine's history grown to a size a national deployment reaches after years, fast, by
 * copying one real process instance's history rows in SQL ({@code INSERT … SELECT} multiplied by a numbers table)
 * into {@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST}, {@code ACT_HI_TASKINST} and {@code ACT_HI_VARINST}.
 *
 * <p>Each copy is a finished instance of the template's own process definition: every id the rows share (instance,
 * execution, activity instance, task) is prefixed with the copy's number, so the copy's rows reference each other as
 * the template's do; the times are moved back by 31 to 330 days, every open activity and task is ended 30 days after
 * its start, the instance is {@code COMPLETED} at the process's end event, and the removal time follows the
 * definition's history time to live from the end (none is past, so the history cleanup leaves them). The engine's
 * queries (historic process, activity, task and variable instance queries) see them as finished history. Every
 * synthetic id starts with {@value #PREFIX}, which no UUID does, and {@link #delete} removes them by that prefix.
 */
final class SyntheticHistory {
    /** Starts every synthetic id: 'l' is not a hexadecimal digit, so no engine id begins so. */
    static final String PREFIX = "fl";

    private static final String[] TABLES = {"ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST"};
    /** Columns holding ids of the instance's own rows, prefixed per copy. */
    private static final List<String> OWN_IDS = List.of(
            "ID_",
            "PROC_INST_ID_",
            "ROOT_PROC_INST_ID_",
            "EXECUTION_ID_",
            "ACT_INST_ID_",
            "PARENT_ACT_INST_ID_",
            "TASK_ID_",
            "BUSINESS_KEY_");
    /** Copies per statement: ten thousand times the template's rows of one table. */
    private static final int CHUNK = 10_000;

    private static final String DIGITS = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"
            + " UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8"
            + " UNION ALL SELECT 9)";

    private final JdbcTemplate jdbc;

    SyntheticHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows of activity and variable instances, the history the "≥ 5 M history rows" counts. */
    long rows() {
        return count("ACT_HI_ACTINST") + count("ACT_HI_VARINST");
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Activity and variable instance rows of one copy of {@code template}. */
    long rowsPerCopy(String template) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ?", Long.class, template)
                + jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?", Long.class, template);
    }

    /**
     * {@code copies} finished copies of the history of {@code template} (a process instance of the floors' own), ended
     * at {@code endActivity}, with a history time to live of {@code ttlDays}; two tables at a time.
     */
    void copy(String template, int copies, String endActivity, int ttlDays) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String table : TABLES) {
                String sql = insert(table, endActivity, ttlDays);
                futures.add(pool.submit(() -> {
                    for (int from = 0; from < copies; from += CHUNK) {
                        jdbc.update(sql, from, template, Math.min(copies, from + CHUNK));
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Deletes every synthetic row, in slices (the tables are indexed by instance id). */
    long delete() {
        long deleted = 0;
        for (String table : TABLES) {
            int slice;
            do {
                slice = jdbc.update("DELETE FROM " + table + " WHERE PROC_INST_ID_ LIKE '" + PREFIX + "%' LIMIT 50000");
                deleted += slice;
            } while (slice > 0);
        }
        return deleted;
    }

    private String insert(String table, String endActivity, int ttlDays) {
        List<String> columns = jdbc.queryForList(
                "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND UPPER(TABLE_NAME) = ? ORDER BY ORDINAL_POSITION",
                String.class,
                table);
        if (columns.isEmpty()) {
            throw new IllegalStateException("no columns of " + table);
        }
        String prefix = "CONCAT('" + PREFIX + "', CONV(n.k, 10, 36), '-')";
        String shift = "INTERVAL (31 + n.k MOD 300) DAY";
        String end = columns.stream().anyMatch("START_TIME_"::equalsIgnoreCase)
                ? "COALESCE(t.END_TIME_, t.START_TIME_ + INTERVAL 30 DAY) - " + shift
                : "t.CREATE_TIME_ + INTERVAL 30 DAY - " + shift;
        Map<String, String> exprs = new LinkedHashMap<>();
        for (String column : columns) {
            String c = column.toUpperCase(Locale.ROOT);
            String expr = "t." + column;
            if (OWN_IDS.contains(c)) {
                // the same original id always maps to the same copy's id, so references within a copy hold; an id
                // too long for its column with the prefix is replaced by its hash
                expr = "IF(t." + column + " IS NULL, NULL, IF(CHAR_LENGTH(t." + column + ") <= 56, CONCAT(" + prefix
                        + ", t." + column + "), CONCAT(" + prefix + ", MD5(t." + column + "))))";
            } else if (c.equals("START_TIME_") || c.equals("CREATE_TIME_") || c.equals("LAST_UPDATED_TIME_")) {
                expr = "t." + column + " - " + shift;
            } else if (c.equals("END_TIME_")) {
                expr = end;
            } else if (c.equals("DURATION_")) {
                expr = "COALESCE(t.DURATION_, 30 * 86400000)";
            } else if (c.equals("REMOVAL_TIME_")) {
                expr = "(" + end + ") + INTERVAL " + ttlDays + " DAY";
            } else if (c.equals("STATE_") && table.equals("ACT_HI_PROCINST")) {
                expr = "'COMPLETED'";
            } else if (c.equals("END_ACT_ID_")) {
                expr = "'" + endActivity + "'";
            } else if (c.equals("ACT_INST_STATE_")) {
                expr = "IF(t.END_TIME_ IS NULL, 1, t.ACT_INST_STATE_)";
            } else if (c.equals("DELETE_REASON_") && table.equals("ACT_HI_TASKINST")) {
                expr = "COALESCE(t.DELETE_REASON_, 'completed')";
            } else if (c.equals("TASK_STATE_")) {
                expr = "IF(t.END_TIME_ IS NULL, 'Completed', t.TASK_STATE_)";
            }
            exprs.put(column, expr);
        }
        return "INSERT INTO " + table + " (" + String.join(", ", exprs.keySet()) + ") SELECT "
                + String.join(", ", exprs.values()) + " FROM " + table + " t CROSS JOIN (SELECT ? + a.d + 10 * b.d"
                + " + 100 * c.d + 1000 * e.d AS k FROM " + DIGITS + " a, " + DIGITS + " b, " + DIGITS + " c, "
                + DIGITS + " e) n WHERE t.PROC_INST_ID_ = ? AND n.k < ?";
    }
}
