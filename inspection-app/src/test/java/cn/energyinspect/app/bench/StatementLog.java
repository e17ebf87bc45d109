package cn.energyinspect.app.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL statements MyBatis runs (the engine's and the application's mappers) while some work is done, read from
 * MyBatis' statement logging ({@code ==>  Preparing:} and {@code ==> Parameters:} at DEBUG, switched on only for that
 * work), so a benchmark can count them and ask the database for their plans with {@code EXPLAIN}.
 */
final class StatementLog {
    /** The loggers MyBatis names after the mapped statements of the engine and of the application. */
    private static final List<String> LOGGERS =
            List.of("org.camunda.bpm.engine.impl.persistence.entity", "cn.energyinspect.app");

    /** A statement run: the mapped statement's id (the logger), the thread, the SQL with its parameters filled in. */
    record Statement(String id, String thread, String sql) {}

    /** The statements run while {@code work} ran, by threads {@code threads} accepts. */
    static List<Statement> during(Runnable work, Predicate<String> threads) {
        List<Logger> loggers = LOGGERS.stream()
                .map(name -> (Logger) LoggerFactory.getLogger(name))
                .toList();
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        try {
            for (Logger logger : loggers) {
                logger.addAppender(appender);
                logger.setLevel(Level.DEBUG);
            }
            work.run();
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
                loggers.get(i).detachAppender(appender);
            }
            appender.stop();
        }
        List<Statement> statements = new ArrayList<>();
        Map<String, String> preparing = new java.util.HashMap<>();
        List<ILoggingEvent> events;
        synchronized (appender.list) {
            events = List.copyOf(appender.list);
        }
        for (ILoggingEvent event : events) {
            String message = event.getFormattedMessage();
            String key = event.getThreadName() + "|" + event.getLoggerName();
            if (message.startsWith("==>  Preparing:")) {
                preparing.put(key, message.substring("==>  Preparing:".length()).strip());
            } else if (message.startsWith("==> Parameters:") && preparing.containsKey(key)) {
                String sql = fill(preparing.remove(key), message.substring("==> Parameters:".length()));
                if (threads.test(event.getThreadName())) {
                    statements.add(new Statement(event.getLoggerName(), event.getThreadName(), sql));
                }
            }
        }
        return statements;
    }

    /** The database's plan of a SELECT, one line per table: table, access type, key, rows estimated, extra. */
    static List<String> explain(JdbcTemplate jdbc, String sql) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("EXPLAIN " + sql)) {
            lines.add(String.format(
                    "%s type=%s key=%s rows=%s %s",
                    row.get("table"),
                    row.get("type"),
                    row.get("key"),
                    row.get("rows"),
                    row.get("Extra") == null ? "" : row.get("Extra")));
        }
        return lines;
    }

    /** The SQL with MyBatis' logged parameters ({@code value(Type), …}) put in place of its {@code ?}s. */
    private static String fill(String sql, String parameters) {
        List<String> values = new ArrayList<>();
        String rest = parameters.strip();
        while (!rest.isEmpty()) {
            String value;
            if (rest.startsWith("null")) {
                value = "NULL";
                rest = rest.substring(4);
            } else {
                int open = rest.indexOf('(');
                int close = rest.indexOf(')', open);
                // a value's type is one word in brackets, followed by ", " or the end
                while (close > 0 && close + 1 < rest.length() && !rest.startsWith(", ", close + 1)) {
                    close = rest.indexOf(')', close + 1);
                }
                String text = rest.substring(0, open);
                String type = rest.substring(open + 1, close);
                value = switch (type) {
                    case "Integer", "Long", "Short", "Byte", "BigDecimal", "Double", "Float" -> text;
                    case "Boolean" -> Boolean.parseBoolean(text) ? "1" : "0";
                    default -> "'" + text.replace("'", "''") + "'";
                };
                rest = rest.substring(close + 1);
            }
            values.add(value);
            rest = rest.startsWith(",") ? rest.substring(1).strip() : rest.strip();
        }
        StringBuilder filled = new StringBuilder();
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            filled.append(c == '?' && next < values.size() ? values.get(next++) : String.valueOf(c));
        }
        return filled.toString();
    }
}
