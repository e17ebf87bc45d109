package cn.energyinspect.rules.basis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV data file of the rules library, read once from the classpath. Lines starting with {@code #} are comments (use
 * them for the file's source and licence); the first other line is the header. Fields are separated by commas; a field
 * may be quoted with {@code "} to contain commas. The only I/O the library does.
 */
public final class DataTable {
    private final String resource;
    private final List<String> header;
    private final List<Row> rows;

    private DataTable(String resource, List<String> header, List<Row> rows) {
        this.resource = resource;
        this.header = header;
        this.rows = rows;
    }

    /** Loads {@code resource} (a classpath path such as {@code /rules/quota/limits.csv}). */
    public static DataTable load(String resource) {
        try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rules data file missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line);
                if (header == null) {
                    header = fields;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": expected " + header.size()
                            + " fields, found " + fields.size());
                }
                rows.add(new Row(resource, lineNo, header, fields));
            }
            if (header == null) {
                throw new IllegalStateException("rules data file has no header: " + resource);
            }
            return new DataTable(resource, List.copyOf(header), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules data file " + resource, e);
        }
    }

    public String resource() {
        return resource;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }

    /** One data row; values are looked up by column name so columns can be reordered in the file. */
    public static final class Row {
        private final String resource;
        private final int line;
        private final Map<String, String> values;

        Row(String resource, int line, List<String> header, List<String> fields) {
            this.resource = resource;
            this.line = line;
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                map.put(header.get(i), fields.get(i));
            }
            this.values = Map.copyOf(map);
        }

        /** The value of {@code column}; empty string when the cell is empty. Fails on an unknown column. */
        public String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalStateException(resource + " has no column '" + column + "'");
            }
            return value;
        }

        public boolean isBlank(String column) {
            return get(column).isBlank();
        }

        /** A decimal value, or {@code null} for an empty cell (a limit the standard leaves undefined). */
        public Double decimalOrNull(String column) {
            String value = get(column);
            return value.isBlank() ? null : Double.valueOf(value);
        }

        public double decimal(String column) {
            Double value = decimalOrNull(column);
            if (value == null) {
                throw new IllegalStateException(where() + ": column '" + column + "' is empty");
            }
            return value;
        }

        public java.time.LocalDate dateOrNull(String column) {
            String value = get(column);
            return value.isBlank() ? null : java.time.LocalDate.parse(value);
        }

        /** Reads the conventional basis columns: standard, edition, clause, effective_from, effective_to, confidence, source. */
        public Basis basis() {
            return new Basis(
                    get("standard"),
                    get("edition"),
                    get("clause"),
                    dateOrNull("effective_from"),
                    dateOrNull("effective_to"),
                    Confidence.fromTag(get("confidence")),
                    get("source"));
        }

        /** {@code file.csv:12}, for error messages. */
        public String where() {
            return resource + ":" + line;
        }

        public List<String> columns() {
            return Arrays.asList(values.keySet().toArray(String[]::new));
        }
    }
}
