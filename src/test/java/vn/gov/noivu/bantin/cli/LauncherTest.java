package vn.gov.noivu.bantin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TestSites;

/**
 * Every command a user is told to type runs with the same JVM settings: {@code java -jar} through the
 * {@link Launcher}, {@code ./bantin} and {@code bantin.cmd} themselves, and the build {@code mvn package} runs.
 * The program the launcher starts ends with it, however it is ended; the scripts speak the editors' language.
 */
class LauncherTest {
    /** How long the program may outlive its killed launcher (issue 29's limit). */
    private static final Duration ENDS_WITHIN = Duration.ofSeconds(2);

    @TempDir
    Path tmp;

    @Test
    void theLauncherTheScriptsAndMavenUseTheSameSettings() {
        String script = TestSites.read(TestSites.repo().resolve("bantin"));
        Matcher exec = Pattern.compile("exec java \\$\\{cds:\\+[^}]*} \\$thp ((?:[^$]|\\\\\\n)*?)\\$\\{BANTIN_JAVA_OPTS").matcher(script);
        assertTrue(exec.find(), script);
        assertEquals(Launcher.FLAGS, List.of(exec.group(1).replace("\\\n", " ").trim().split("\\s+")));

        String windows = TestSites.read(TestSites.repo().resolve("bantin.cmd"));
        Matcher java = Pattern.compile("(?m)^java %cds% (.*?) %BANTIN_JAVA_OPTS% \"-Dbantin.name=%~0\" -jar \"%jar%\" %\\*$").matcher(windows);
        assertTrue(java.find(), windows);
        assertEquals(Launcher.FLAGS, List.of(java.group(1).split(" ")));
        assertFalse(windows.replace("\r\n", "").contains("\n"), "bantin.cmd has Windows line ends (.gitattributes keeps them)");

        String pom = TestSites.read(TestSites.repo().resolve("pom.xml"));
        String bake = pom.substring(pom.indexOf("<id>bake-site</id>"));
        List<String> arguments = new ArrayList<>();
        Matcher argument = Pattern.compile("<argument>([^<]*)</argument>").matcher(bake.substring(0, bake.indexOf("</execution>")));
        while (argument.find()) {
            arguments.add(argument.group(1));
        }
        assertTrue(arguments.containsAll(Launcher.FLAGS), arguments.toString());
    }

    @Test
    void aJvmStartedWithOptionsOrByTheLauncherRunsTheProgramItself() {
        // The test runner starts this JVM with options of its own.
        assertEquals(Optional.empty(), Launcher.command(new String[] {"build"}));
    }

    /**
     * A closed terminal, an IDE's stop button or a CI timeout kills {@code java -jar target/bantin.jar serve}
     * with SIGKILL: the preview it started stops too, and its port is free again.
     */
    @Test
    void killingTheLauncherOfAPreviewEndsThePreviewAndFreesItsPort() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Process launcher = java(jar(tmp), "serve", "--source", site.toString(), "--port", "0", "--now", TestSites.NOW.toString()).start();
        try {
            BlockingQueue<String> lines = lines(launcher);
            ProcessHandle program = child(launcher);
            int port = -1;
            while (port < 0) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null) {
                    break;
                }
                Matcher address = Pattern.compile("^Preview: http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
                port = address.find() ? Integer.parseInt(address.group(1)) : -1;
            }
            assertTrue(port > 0, "no preview started: " + lines);

            launcher.destroyForcibly(); // SIGKILL: the launcher runs nothing more
            assertEquals(137, launcher.waitFor());
            assertEndsWithin(program);
            try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                assertEquals(port, free.getLocalPort());
            }
        } finally {
            launcher.destroyForcibly();
        }
    }

    /**
     * The same during a build: the build stops, nothing is published (the output is as it was: here, none), and
     * the next build runs whole and deletes what the stopped one left in its staging folder.
     */
    @Test
    void killingTheLauncherOfABuildEndsTheBuildAndTheNextBuildCleansUp() throws Exception {
        Path site = BuiltSites.generate(tmp.resolve("site"), 500);
        Path output = site.resolve("target/site");
        Path staging = site.resolve("target/.site.staging");
        Process launcher = java(jar(tmp), "build", "--source", site.toString(), "--now", TestSites.NOW.toString()).start();
        BlockingQueue<String> lines;
        ProcessHandle program;
        try {
            lines = lines(launcher);
            program = child(launcher);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!writing(staging) && program.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(writing(staging) && running(program), "the build was not writing its pages: " + lines);
            launcher.destroyForcibly();
            assertEquals(137, launcher.waitFor());
        } finally {
            launcher.destroyForcibly();
        }
        assertEndsWithin(program);
        assertFalse(Files.exists(output), "a stopped build publishes nothing");
        List<String> left = TestSites.files(staging);
        Thread.sleep(300);
        assertEquals(left, TestSites.files(staging), "nothing writes any more");
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Built ")), lines.toString());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"build", "--source", site.toString()}, Clock.fixed(TestSites.NOW.toInstant(),
                TestSites.NOW.getZone()), new PrintWriter(out, true), new PrintWriter(err, true), tmp, "en"), err.toString());
        assertTrue(Files.isRegularFile(output.resolve("index.html")));
        assertFalse(Files.exists(staging));
    }

    /**
     * {@code ./bantin} finds the jar beside itself from any folder, also one whose name has spaces, and says
     * in the editors' language when it is not built yet, where Java's own "Unable to access jarfile" would
     * be English; its usage line names it as it was typed.
     */
    @Test
    void theScriptRunsFromAnyFolderAndSaysInBothLanguagesWhenTheToolIsNotBuilt() throws Exception {
        Path project = tmp.resolve("Tài liệu/ban tin");
        Path script = project.resolve("bantin");
        Files.createDirectories(project.resolve("content/tin-tuc"));
        Files.copy(TestSites.repo().resolve("bantin"), script);
        assertTrue(script.toFile().setExecutable(true));
        TestSites.copyTree(TestSites.repo().resolve("src/main/resources/vn/gov/noivu/bantin/base"),
                project.resolve("src/main/resources/vn/gov/noivu/bantin/base"));
        Path jar = project.resolve("target/bantin.jar");

        Result vi = run(project.resolve("content/tin-tuc"), null, "../../bantin", "check");
        assertEquals(new Result(2, "", "bantin: thiếu " + jar + "; hãy dựng công cụ trước: mvn -B -q package -DskipTests\n"), vi);
        Result en = run(project.resolve("content"), "en", "../bantin", "check");
        assertEquals(new Result(2, "", "bantin: " + jar + " is missing; build it first: mvn -B -q package -DskipTests\n"), en);

        Files.createDirectories(jar.getParent());
        Files.copy(jar(tmp), jar);
        Files.writeString(project.resolve("target/bantin.jsa"), "not an archive"); // a JVM ignores it, if it gets it whole
        Result help = run(project.resolve("content/tin-tuc"), null, "../../bantin", "new", "--help");
        assertEquals(0, help.code(), help.toString());
        assertTrue(help.out().startsWith("Cách dùng: ../../bantin new [-hV] "), help.out());
        assertEquals("", help.err());
        Result slip = run(project, "en", "./bantin", "chek");
        assertEquals(new Result(2, "", "unknown command: chek (did you mean check?); see ./bantin --help\n"), slip);
    }

    private record Result(int code, String out, String err) {
    }

    /** Runs {@code command} in {@code dir} with BANTIN_LANG set to {@code lang} (unset when null). */
    private static Result run(Path dir, String lang, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("BANTIN_LANG");
        if (lang != null) {
            pb.environment().put("BANTIN_LANG", lang);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, err);
    }

    /**
     * target/bantin.jar as {@code mvn package} makes it, but thin: this build's classes, with the libraries
     * named by the manifest's Class-Path, as the JVM this test runs in has them.
     */
    private static Path jar(Path dir) throws IOException {
        Path jar = dir.resolve("bantin.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        Path classes = TestSites.repo().resolve("target/classes");
        List<String> libraries = new ArrayList<>();
        for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.toString().endsWith(".jar") && Files.isRegularFile(p)) {
                libraries.add(p.toUri().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launcher.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", libraries));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /**
     * {@code java -jar JAR ARGS} as a user types it: no JVM option of its own, so the launcher starts the program.
     * Its input stays open whatever becomes of the launcher, as a terminal's does (a pipe from this JVM would
     * close when the launcher ends, and so end a program that read it).
     */
    private static ProcessBuilder java(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(new java.io.File("/dev/zero"));
        pb.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        pb.environment().put("BANTIN_LANG", "en");
        return pb;
    }

    /** The lines {@code p} prints, as they come. */
    private static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the stream ends with the processes that write it
            }
        }, "launcher-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** The JVM the launcher started, once it runs (until it execs, a child shows its parent's command line). */
    private static ProcessHandle child(Process launcher) throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            Optional<ProcessHandle> child = launcher.toHandle().children()
                    .filter(c -> c.info().commandLine().orElse("").contains("-D" + Launcher.LAUNCHED + "=true")).findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the launcher started no program");
    }

    /** Whether the build has begun writing its pages. */
    private static boolean writing(Path staging) {
        return Files.isRegularFile(staging.resolve("index.html")) || Files.isDirectory(staging.resolve("tin-tuc"));
    }

    /** The program ends within {@link #ENDS_WITHIN}; if not, it is ended, so that a failure leaves no JVM behind. */
    private static void assertEndsWithin(ProcessHandle program) throws InterruptedException {
        long start = System.nanoTime();
        while (running(program) && System.nanoTime() - start < ENDS_WITHIN.toNanos()) {
            Thread.sleep(10);
        }
        boolean outlived = running(program);
        program.destroyForcibly();
        assertFalse(outlived, "the program outlived its launcher by " + ENDS_WITHIN + ": " + program.info());
    }

    /** Alive and not a zombie (an ended process its new parent has not reaped yet holds no memory and no port). */
    private static boolean running(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return p.isAlive(); // no /proc (macOS): the JDK's word
        }
    }
}
