import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.gov.noivu.bantin.cli.Main;

/**
 * How much of a full build is the JVM warming up: the same full build run again and again in one JVM, each
 * into a folder of its own (nothing deleted while timing, as bench.py does), its wall time printed. The first
 * run pays for loading and compiling the code, which every `./bantin build` pays; the later ones show what the
 * build itself costs once compiled.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m -cp target/bantin.jar bench/WarmBuild.java target/bench/1000 8</pre>
 */
public final class WarmBuild {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: WarmBuild SITE RUNS");
            System.exit(2);
        }
        Path outputs = Files.createTempDirectory("bantin-warm-");
        List<Long> millis = run(Path.of(args[0]).toAbsolutePath(), Integer.parseInt(args[1]), outputs);
        for (int i = 0; i < millis.size(); i++) {
            System.out.printf("run %d: %d ms%n", i + 1, millis.get(i));
        }
        System.out.println("outputs in " + outputs + " (delete them when done)");
    }

    /** Builds {@code site} {@code runs} times into {@code outputs}/run-1, run-2, ...; the wall time of each, in ms. */
    static List<Long> run(Path site, int runs, Path outputs) {
        List<Long> millis = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            StringWriter text = new StringWriter();
            PrintWriter out = new PrintWriter(text);
            long start = System.nanoTime();
            int status = Main.run(new String[] {"--lang=en", "build", "--source", site.toString(), "--output",
                    outputs.resolve("run-" + i).toString(), "--rebuild", "--now", "2026-11-23T00:00+07:00"},
                    Clock.systemUTC(), out, out);
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (status != 0) {
                throw new IllegalStateException("build " + i + " of " + site + " failed:\n" + text);
            }
        }
        return millis;
    }
}
