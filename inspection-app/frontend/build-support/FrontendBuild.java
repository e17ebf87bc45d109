import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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
 *   java FrontendBuild.java build     npm run build (Vite writes into the app's static resources), only when a source
 *                                     changed since the pages there were built
 * </pre>
 *
 * Run from the frontend folder. Exits non-zero with a message that says what to do.
 */
public class FrontendBuild {
    private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase().contains("win");
    private static final String STAMP = "node_modules/.energyinspect-lock.sha256";
    private static final String BUILD_STAMP = "../target/frontend-pages.sha256";
    private static final String SKIP_HINT =
            "To build only the backend (no web pages), add -Dskip.frontend=true, e.g. ./mvnw -Dskip.frontend=true verify";

    public static void main(String[] args) throws Exception {
        String step = args.length == 0 ? "" : args[0];
        int exit =
                switch (step) {
                    case "check" -> check();
                    case "install" -> install();
                    case "build" -> build();
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

    /**
     * {@code npm run build}, only when an input of the pages changed since the output in target/classes/static was built:
     * the stamp there is the SHA-256 over every file of frontend/ except node_modules (sources, configs, lock file).
     * {@code mvn clean} removes output and stamp together, so a clean build always builds.
     */
    static int build() throws IOException, InterruptedException {
        String wanted = inputsDigest();
        Path stamp = Path.of(BUILD_STAMP);
        if (Files.exists(stamp)
                && Files.exists(Path.of("../target/classes/static/index.html"))
                && Files.exists(Path.of("../target/classes/static/m/index.html"))
                && Files.readString(stamp).strip().equals(wanted)) {
            System.out.println("[frontend] web pages up to date (no source changed since they were built), skipping npm"
                    + " run build");
            return 0;
        }
        int exit = run(npm(), "run", "build");
        if (exit == 0) {
            Files.writeString(stamp, wanted + "\n");
        }
        return exit;
    }

    static String inputsDigest() throws IOException {
        List<Path> inputs = new ArrayList<>();
        Files.walkFileTree(Path.of("."), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.endsWith("node_modules") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                inputs.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        inputs.sort(null);
        MessageDigest digest = sha256();
        for (Path file : inputs) {
            digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        return HexFormat.of().formatHex(sha256().digest(content));
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
