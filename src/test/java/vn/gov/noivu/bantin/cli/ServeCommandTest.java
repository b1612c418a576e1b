package vn.gov.noivu.bantin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/** {@code serve}'s command-line errors; the preview itself is tested in the serve package. */
class ServeCommandTest {
    @TempDir
    Path tmp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        Clock clock = Clock.fixed(TestSites.NOW.toInstant(), TestSites.NOW.getZone());
        return Main.run(args, clock, new PrintWriter(out, true), new PrintWriter(err, true), java.nio.file.Path.of(""), "en");
    }

    @Test
    void aPortInUseIsAUsageErrorThatNamesAnotherPort() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(2, run("serve", "--source", site.toString(), "--port", String.valueOf(port)));
            assertEquals("--port: port " + port + " is in use (stop the other preview, or use --port " + (port + 1) + ")\n",
                    err.toString());
        }
    }

    @Test
    void aWrongNowIsAUsageErrorBeforeAnythingStarts() {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(2, run("serve", "--source", site.toString(), "--now", "mai"));
        assertEquals("--now: cannot read \"mai\" (expected 2024-01-15 or 2024-01-15T08:30:00+07:00); see bantin serve --help\n",
                err.toString());
    }
}
