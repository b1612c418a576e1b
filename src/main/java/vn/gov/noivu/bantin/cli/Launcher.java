package vn.gov.noivu.bantin.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code java -jar target/bantin.jar} starts: the jar's main class. A build is a short batch job, and the
 * JVM's defaults on a server-class machine suit a long-running service: the C2 compiler takes a core from the
 * work for code that runs a few seconds, and G1 grows the heap to a gigabyte for garbage (10,000 articles:
 * 20 s and 1,060 MiB with the defaults, against 11 s and 300 MiB with the settings below). A running JVM
 * cannot change its collector or compiler, so when the JVM was started exactly as the documentation says,
 * without options of the user's own, this starts the program again in a JVM with the settings of
 * {@code ./bantin} (and the class-data archive {@code mvn package} records beside the jar) and hands it the
 * terminal; the extra JVM costs about a tenth of a second. A JVM started with options of its own (by
 * {@code ./bantin}, Maven, or a user tuning it, also through {@code JAVA_TOOL_OPTIONS} or
 * {@code JDK_JAVA_OPTIONS}) runs the program itself.
 * <p>
 * The program it starts ends when it ends, however it ends: killed (a closed terminal, an IDE's stop button,
 * a CI timeout's SIGKILL), on Linux, macOS and Windows. Java cannot ask the system to end a child with its
 * parent (Linux's PR_SET_PDEATHSIG has no equal elsewhere), so the child watches a pipe: its standard input
 * is a pipe from this JVM, which writes nothing; the system closes it when this process ends, for any
 * reason, and the child reads the end of it at once and exits as Ctrl-C would end it (the preview closes
 * its server and deletes its folder; a build stops where it is, and the next build deletes its staging
 * folder). Watching this process's id instead would poll (the JDK polls a process that is not its child,
 * every 0.3 s growing to 5 s) and could mistake a new process that took the id for this one. The child
 * therefore does not read the terminal; no command reads its standard input.
 */
public final class Launcher {
    /**
     * The JVM settings of a build, the same as {@code ./bantin}'s (LauncherTest compares them; the script says
     * why each is there): C1 only, compiling sooner; the serial collector with a 64 MiB young generation and a
     * heap that keeps 20-40% free.
     */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=100",
            "-XX:Tier3MinInvocationThreshold=50", "-XX:Tier3CompileThreshold=1000", "-XX:+UseSerialGC", "-Xmn64m",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");
    /**
     * Set in the JVM this class starts, so that it runs the program instead of starting another, and ends when
     * its standard input, this JVM's pipe, does.
     */
    static final String LAUNCHED = "bantin.launched";
    /** How the user started the program, for its usage line: set by the launcher, ./bantin and bantin.cmd. */
    static final String NAME = "bantin.name";
    /** The exit code of a program whose launcher is gone, as of a JVM ended by a hangup (128 + SIGHUP): no one reads it. */
    static final int LAUNCHER_GONE = 129;

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Optional<List<String>> command = command(args);
        if (command.isEmpty()) {
            Main.main(args);
            return;
        }
        Process child;
        try {
            // Standard input stays a pipe, which the child watches: it closes when this process ends.
            child = new ProcessBuilder(command.get()).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            Main.main(args); // no java beside this one's: run here, with this JVM's settings
            return;
        }
        // Ctrl-C reaches both; a TERM sent to this one alone is passed on.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bantin-launcher-stop"));
        System.exit(child.waitFor());
    }

    /** The command that runs {@code args} in a tuned JVM, or empty when this JVM should run them itself. */
    static Optional<List<String>> command(String[] args) {
        if (System.getProperty(LAUNCHED) != null || System.getenv("JAVA_TOOL_OPTIONS") != null
                || System.getenv("JDK_JAVA_OPTIONS") != null || System.getenv("_JAVA_OPTIONS") != null) {
            return Optional.empty();
        }
        // `java -jar JAR ARGS`: "-jar" first means no JVM option came before it.
        String[] started = ProcessHandle.current().info().arguments().orElse(new String[0]);
        Optional<Path> jar = jar();
        if (started.length < 2 || !started[0].equals("-jar") || jar.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path archive = jar.get().resolveSibling("bantin.jsa");
        if (Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        if (hugePages()) {
            command.add("-XX:+UseTransparentHugePages");
        }
        command.addAll(FLAGS);
        // The main class by name: this JVM loads nothing of the program's.
        command.addAll(List.of("-D" + LAUNCHED + "=true", "-D" + NAME + "=java -jar " + started[1], "-cp", jar.get().toString(),
                "vn.gov.noivu.bantin.cli.Main"));
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * In the JVM this class started: ends the program when this class's JVM ends, as its pipe, the program's
     * standard input, reports (see the class comment). Elsewhere: nothing.
     */
    static void endWithTheLauncher() {
        if (System.getProperty(LAUNCHED) == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            byte[] buffer = new byte[64];
            try {
                while (System.in.read(buffer) >= 0) {
                    // the launcher writes nothing: only the end counts
                }
            } catch (IOException e) {
                // a broken pipe is the launcher's end too
            }
            System.exit(LAUNCHER_GONE); // runs the shutdown hooks, as Ctrl-C does
        }, "bantin-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * How the user started the program, for its usage line and its pointers to the help: as ./bantin,
     * bantin.cmd or this launcher said, else {@code java -jar JAR} as typed, else {@code bantin}.
     */
    static String name() {
        String given = System.getProperty(NAME);
        if (given != null && !given.isBlank()) {
            return given;
        }
        String[] started = ProcessHandle.current().info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < started.length; i++) {
            if (started[i].equals("-jar")) {
                return "java -jar " + started[i + 1];
            }
        }
        return "bantin";
    }

    /** The jar this class was loaded from, if it was a jar. */
    static Optional<Path> jar() {
        return tool().filter(Files::isRegularFile);
    }

    /** Where this class was loaded from: the jar, or the folder of classes of a build that made none. */
    static Optional<Path> tool() {
        try {
            return Optional.of(Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the kernel offers transparent huge pages to a program that asks (as ./bantin checks). */
    private static boolean hugePages() {
        try {
            String mode = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            return mode.contains("[always]") || mode.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
