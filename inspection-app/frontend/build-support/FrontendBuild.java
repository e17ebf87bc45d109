import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the web pages with the machine's own Node and npm, for Maven (exec-maven-plugin runs it with the JDK's
 * single-file source launcher, so no Node download and no extra plugin):
 *
 * <pre>
 *   java FrontendBuild.java check     Node present and at least the version in package.json's engines.node
 *   java FrontendBuild.java install   npm ci, only when package-lock.json changed since the last install
 *   java FrontendBuild.java build     npm run build (Vite writes into the app's static resources)
 * </pre>
 *
 * Run from the frontend folder. Exits non-zero with a message that says what to do.
 */
public class FrontendBuild {
    private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase().contains("win");
    private static final String STAMP = "node_modules/.energyinspect-lock.sha256";
    private static final String SKIP_HINT =
            "To build only the backend (no web pages), add -Dskip.frontend=true, e.g. ./mvnw -Dskip.frontend=true verify";

    public static void main(String[] args) throws Exception {
        String step = args.length == 0 ? "" : args[0];
        int exit =
                switch (step) {
                    case "check" -> check();
                    case "install" -> install();
                    case "build" -> run(npm(), "run", "build");
                    default -> {
                        System.err.println("usage: java FrontendBuild.java check|install|build");
                        yield 2;
                    }
                };
        System.exit(exit);
    }

    static int check() throws IOException, InterruptedException {
        int[] required = required();
        String found;
        try {
            Process node = new ProcessBuilder(node(), "--version").redirectErrorStream(true).start();
            found = new String(node.getInputStream().readAllBytes()).strip();
            if (node.waitFor() != 0) {
                throw new IOException("exit " + node.exitValue());
            }
        } catch (IOException e) {
            fail("Node.js was not found on the PATH (running 'node --version' failed: " + e.getMessage() + ").\n"
                    + "The web pages need Node " + text(required) + " or newer with npm. Install it (e.g. from your"
                    + " distribution's packages or nodejs.org) and make sure 'node' and 'npm' are on the PATH.");
            return 1;
        }
        int[] version = parse(found);
        if (version == null || compare(version, required) < 0) {
            fail("Node " + found + " was found, but the web pages need Node " + text(required)
                    + " or newer (Vite 8). Install a newer Node and make sure it comes first on the PATH.");
            return 1;
        }
        System.out.println("[frontend] Node " + found + " (needs >= " + text(required) + ")");
        return 0;
    }

    static int install() throws IOException, InterruptedException {
        Path lock = Path.of("package-lock.json");
        String wanted = sha256(Files.readAllBytes(lock)) + " " + nodeVersion();
        Path stamp = Path.of(STAMP);
        if (Files.isDirectory(Path.of("node_modules"))
                && Files.exists(stamp)
                && Files.readString(stamp).strip().equals(wanted)) {
            System.out.println("[frontend] dependencies up to date (package-lock.json unchanged), skipping npm ci");
            return 0;
        }
        int exit = run(npm(), "ci", "--no-audit", "--no-fund");
        if (exit == 0) {
            Files.writeString(stamp, wanted + "\n");
        }
        return exit;
    }

    static int run(String... command) throws IOException, InterruptedException {
        System.out.println("[frontend] " + String.join(" ", command));
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            fail("could not run " + command[0] + ": " + e.getMessage());
            return 1;
        }
    }

    /** engines.node of package.json, e.g. {@code >=20.19.0}. */
    static int[] required() throws IOException {
        String json = Files.readString(Path.of("package.json"));
        Matcher m = Pattern.compile("\"node\"\\s*:\\s*\"\\s*>=\\s*([0-9.]+)").matcher(json);
        int[] version = m.find() ? parse(m.group(1)) : null;
        return version == null ? new int[] {20, 19, 0} : version;
    }

    static int[] parse(String text) {
        Matcher m = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?").matcher(text.strip());
        if (!m.lookingAt()) {
            return null;
        }
        return new int[] {
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3))
        };
    }

    static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    static String text(int[] v) {
        return v[0] + "." + v[1] + "." + v[2];
    }

    static String nodeVersion() throws IOException, InterruptedException {
        Process node = new ProcessBuilder(node(), "--version").redirectErrorStream(true).start();
        String version = new String(node.getInputStream().readAllBytes()).strip();
        node.waitFor();
        return version;
    }

    static String node() {
        return WINDOWS ? "node.exe" : "node";
    }

    static String npm() {
        return WINDOWS ? "npm.cmd" : "npm";
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void fail(String message) {
        List<String> lines = new ArrayList<>(List.of(message.split("\n")));
        lines.add(SKIP_HINT);
        System.err.println();
        for (String line : lines) {
            System.err.println("[frontend] ERROR: " + line);
        }
        System.err.println();
    }
}
