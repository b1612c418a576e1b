package vn.gov.noivu.bantin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/** Exit codes and messages of the command line. */
class MainTest {
    @TempDir
    Path tmp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        Clock clock = Clock.fixed(TestSites.NOW.toInstant(), TestSites.NOW.getZone());
        return Main.run(args, clock, new PrintWriter(out, true), new PrintWriter(err, true), java.nio.file.Path.of(""), "en");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("1   the content has errors"), out.toString());
        assertTrue(out.toString().contains("2   wrong command line or site settings"));
    }

    @Test
    void unknownOptionOrBadNowIsAUsageError() {
        assertEquals(2, run("build", "--frobnicate"));
        assertEquals(2, run("check", "--source", TestSites.copy("basic", tmp).toString(), "--now", "32/01/2024"));
        assertTrue(err.toString().contains("--now: \"32/01/2024\": month 1 of 2024 has no day 32"), err.toString());
        assertEquals(2, run());
    }

    @Test
    void aPortOrFolderThatCannotBeReadIsAUsageErrorNamingIt() {
        assertEquals(2, run("serve", "--port", "abc"));
        assertEquals("--port: cannot read \"abc\"; see bantin serve --help\n", err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("check", "--source", "a\u0000b"));
        assertEquals("--source: cannot read \"a\u0000b\"; see bantin check --help\n", err.toString());
    }

    /** A slip of the keyboard gets one line, with what was meant and where the help is, not the whole help. */
    @Test
    void aMistypedCommandOrOptionIsOneLineThatPointsToTheHelpInBothLanguages() {
        Clock clock = Clock.fixed(TestSites.NOW.toInstant(), TestSites.NOW.getZone());
        StringWriter vi = new StringWriter();
        assertEquals(2, Main.run(new String[] {"buidl"}, clock, new PrintWriter(out, true), new PrintWriter(vi, true), tmp, null,
                "./bantin"));
        assertEquals("không có lệnh này: buidl (có phải là build?); xem ./bantin --help\n", vi.toString());
        vi.getBuffer().setLength(0);
        assertEquals(2, Main.run(new String[] {"build", "--sorce", "x"}, clock, new PrintWriter(out, true), new PrintWriter(vi, true),
                tmp, null, "../../bantin"));
        assertEquals("không có tùy chọn hay tham số này: --sorce (có phải là --source?); xem ../../bantin build --help\n", vi.toString());
        assertEquals(2, Main.run(new String[] {"serv", "--drafts"}, clock, new PrintWriter(out, true), new PrintWriter(err, true), tmp,
                "en", "java -jar target/bantin.jar"));
        assertEquals("unknown command: serv (did you mean serve?); see java -jar target/bantin.jar --help\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void theUsageLineNamesTheProgramAsItWasStarted() {
        Clock clock = Clock.fixed(TestSites.NOW.toInstant(), TestSites.NOW.getZone());
        assertEquals(0, Main.run(new String[] {"new", "--help"}, clock, new PrintWriter(out, true), new PrintWriter(err, true), tmp,
                "en", "./bantin"));
        assertTrue(out.toString().startsWith("Usage: ./bantin new [-hV] [--category=NAME] "), out.toString());
    }

    @Test
    void buildWritesTheSiteAndCheckWritesNothing() {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(0, run("check", "--source", site.toString()));
        assertFalse(Files.exists(site.resolve("target")));
        assertEquals(0, run("build", "--source", site.toString()));
        assertTrue(Files.isRegularFile(site.resolve("target/site/index.html")));
        assertFalse(out.toString().contains("stages:"), out.toString());
        assertEquals(0, run("build", "--source", site.toString(), "--rebuild", "--verbose"));
        assertTrue(out.toString().contains("\n  stages: settings="), out.toString());
    }

    @Test
    void aSecondBuildOfUnchangedSourcesSaysSoAndRebuildBuildsAnyway() {
        Path site = TestSites.settle(TestSites.copy("basic", tmp));
        assertEquals(0, run("build", "--source", site.toString()));
        assertTrue(out.toString().startsWith("Built "), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("build", "--source", site.toString()));
        assertTrue(out.toString().startsWith("Up to date: nothing changed since the last build of "
                + site.resolve("target").resolve("site") + " (--rebuild builds it again anyway)."), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("build", "--source", site.toString(), "--rebuild"));
        assertTrue(out.toString().startsWith("Built "), out.toString());
    }

    @Test
    void contentErrorsAreNumberedAndExitWithOne() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        Path a = site.resolve("content/tin-tuc/2024/01/ke-hoach-cai-cach.md");
        Files.writeString(a, Files.readString(a).replace("date: 2024-01-12T09:00+07:00", "date: 32/01/2024")
                .replace("category:", "categroy:"));
        assertEquals(1, run("build", "--source", site.toString(), "--output", tmp.resolve("o").toString()));
        String e = err.toString();
        assertTrue(e.contains("The site has 2 error(s); nothing was published (the site online stays as it was):"), e);
        assertTrue(e.contains("  1. content/tin-tuc/2024/01/ke-hoach-cai-cach.md:3: date: \"32/01/2024\": month 1 of 2024 has no day 32 "
                + "(write the year first, then the month, then the day; month 1/2024 has 31 days, the last written 2024-01-31)"), e);
        assertTrue(e.contains("  2. content/tin-tuc/2024/01/ke-hoach-cai-cach.md:4: categroy: unknown field (did you mean `category`?)"), e);
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    /**
     * The build {@code mvn package} runs once the jar is made (the set-up step, PackageCommandTest): with content
     * errors, the tool is said to be built, the errors are listed, and the way to build again without Maven is
     * given; exit code 1, which the pom counts as a set-up done.
     */
    @Test
    void theSetUpsBuildSaysTheToolIsBuiltWhatToFixAndHowToBuildAgainInBothLanguages() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        Path a = site.resolve("content/tin-tuc/2024/01/ke-hoach-cai-cach.md");
        Files.writeString(a, Files.readString(a).replace("category:", "categroy:"));
        String tool = Launcher.tool().orElseThrow().toString();
        assertEquals(1, run("build", "--setup", "--source", site.toString(), "--rebuild"));
        assertEquals("The tool is built (" + tool + ") and ready to use. Only the site was not built, because its content has 1 "
                + "error(s) to fix:\n  1. content/tin-tuc/2024/01/ke-hoach-cai-cach.md:4: categroy: unknown field (did you mean "
                + "`category`?)\nOnce they are fixed, build the site with ./bantin build (on Windows: .\\bantin build); Maven need not "
                + "run again. To list the errors without building: ./bantin check\n", err.toString());
        Clock clock = Clock.fixed(TestSites.NOW.toInstant(), TestSites.NOW.getZone());
        StringWriter vi = new StringWriter();
        assertEquals(1, Main.run(new String[] {"build", "--setup", "--source", site.toString()}, clock, new PrintWriter(out, true),
                new PrintWriter(vi, true), Path.of(""), null));
        assertTrue(vi.toString().startsWith("Công cụ đã được dựng xong (" + tool + ") và dùng được. Chỉ trang web chưa được dựng, vì "
                + "nội dung có 1 lỗi cần sửa:\n  1. "), vi.toString());
        assertTrue(vi.toString().endsWith("\nSửa xong thì dựng trang bằng ./bantin build (trên Windows: .\\bantin build), không cần chạy "
                + "lại mvn. Xem lại lỗi mà không dựng: ./bantin check\n"), vi.toString());
        assertFalse(Files.exists(site.resolve("target/site")));
        assertEquals("", out.toString());
    }

    @Test
    void outputThatWouldReplaceTheSourcesExitsWithTwoAndTouchesNothing() {
        Path site = TestSites.copy("basic", tmp);
        java.util.Map<String, String> before = TestSites.hashes(site);
        assertEquals(2, run("build", "--source", site.toString(), "--output", site.toString()));
        assertEquals("The command line or the site settings have 1 error(s):\n  1. --output: " + site.toAbsolutePath()
                + " contains the site's sources, and a build replaces its output folder whole (write the site to its own "
                + "folder, such as target/site)\n", err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals(before, TestSites.hashes(site));
    }

    @Test
    void settingsErrorsExitWithTwo() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        Path p = site.resolve("jbake.properties");
        Files.writeString(p, Files.readString(p).replace("site.title=", "site.titel="));
        assertEquals(2, run("check", "--source", site.toString()));
        assertTrue(err.toString().contains("jbake.properties:1: site.titel: unknown setting (did you mean 'site.title'?)"), err.toString());
        assertTrue(err.toString().contains("jbake.properties: site.title: missing"), err.toString());
    }

    int runIn(Path workingDir, String... args) {
        Clock clock = Clock.fixed(TestSites.NOW.toInstant(), TestSites.NOW.getZone());
        return Main.run(args, clock, new PrintWriter(out, true), new PrintWriter(err, true), workingDir, "en");
    }

    @Test
    void fromAFolderInsideTheSiteEachCommandUsesTheNearestFolderAboveWithTheSettings() {
        Path site = TestSites.copy("basic", tmp);
        Path inside = site.resolve("content/tin-tuc/2024");
        assertEquals(0, runIn(inside, "check"), err.toString());
        assertEquals(0, runIn(inside, "build"), err.toString());
        assertTrue(Files.isRegularFile(site.resolve("target/site/index.html")), "the default output is SITE/target/site");
        assertFalse(Files.exists(inside.resolve("target")));
        assertEquals(0, runIn(inside, "new", "Bài viết thử"), err.toString());
        assertTrue(out.toString().endsWith("content/tin-tuc/2026/11/bai-viet-thu.md\n"), out.toString());
        assertTrue(Files.isRegularFile(site.resolve("content/tin-tuc/2026/11/bai-viet-thu.md")));
    }

    @Test
    void relativeSourceAndOutputAreReadFromTheWorkingFolder() {
        TestSites.copy("basic", tmp);
        assertEquals(0, runIn(tmp, "build", "--source", "basic", "--output", "out"), err.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("out/index.html")));
    }

    /**
     * Outside any site, the message says that this folder is not a site and how to get to one, not that a
     * settings file is missing here (which reads as "create it"); a site just below is named.
     */
    @Test
    void outsideAnySiteTheMessageSaysHowToGetToOneInBothLanguages() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty/folder"));
        Clock clock = Clock.fixed(TestSites.NOW.toInstant(), TestSites.NOW.getZone());
        StringWriter vi = new StringWriter();
        assertEquals(2, Main.run(new String[] {"check"}, clock, new PrintWriter(out, true), new PrintWriter(vi, true), empty, null));
        assertEquals(empty + ": thư mục này, và mọi thư mục phía trên nó, đều không phải thư mục của một trang (không có tệp "
                + "jbake.properties) (chuyển tới thư mục của trang, nơi có tệp jbake.properties (cd ĐƯỜNG-DẪN-TỚI-TRANG), rồi chạy "
                + "lại lệnh; hoặc ghi --source ĐƯỜNG-DẪN-TỚI-TRANG)\n", vi.toString());
        assertEquals(2, runIn(empty, "new", "Tin ngắn"));
        assertEquals(empty + ": neither this folder nor any folder above it is a site's folder (none holds jbake.properties) (go "
                + "to the site's folder, the one that holds jbake.properties (cd PATH-TO-THE-SITE), and run the command again; or "
                + "write --source PATH-TO-THE-SITE)\n", err.toString());

        // The editor opened the terminal in the folder that holds the clone, and did not go into it.
        TestSites.copy("basic", tmp.resolve("clones"));
        err.getBuffer().setLength(0);
        assertEquals(2, runIn(tmp, "build"));
        assertEquals(tmp + ": neither this folder nor any folder above it is a site's folder (none holds jbake.properties) (did "
                + "you mean the site in clones/basic? go there: cd clones/basic, and run the command again; or write --source "
                + "clones/basic)\n", err.toString());
        vi.getBuffer().setLength(0);
        assertEquals(2, Main.run(new String[] {"serve"}, clock, new PrintWriter(out, true), new PrintWriter(vi, true), tmp, null));
        assertTrue(vi.toString().endsWith("(có phải là trang ở clones/basic? chuyển tới đó: cd clones/basic, rồi chạy lại lệnh; "
                + "hoặc ghi --source clones/basic)\n"), vi.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, runIn(tmp, "check", "--source", "clones"));
        assertEquals(tmp.resolve("clones") + ": --source: not a site's folder (it holds no jbake.properties) (name the folder "
                + "that holds jbake.properties, or leave --source out when inside the site's folder)\n", err.toString());
        vi.getBuffer().setLength(0);
        assertEquals(2, Main.run(new String[] {"build", "--source", "khong-co"}, clock, new PrintWriter(out, true),
                new PrintWriter(vi, true), tmp, null));
        assertEquals(tmp.resolve("khong-co") + ": --source: không phải thư mục của một trang (không có tệp jbake.properties ở đó) "
                + "(ghi thư mục có tệp jbake.properties, hoặc bỏ --source khi đang ở trong thư mục của trang)\n", vi.toString());
        assertEquals(0, runIn(tmp, "check", "--source", "clones/basic"), err.toString());
        assertTrue(out.toString().startsWith("No errors: checked 7 article(s)"), out.toString());
        assertFalse(Files.exists(tmp.resolve("clones/basic/target")));
    }

    /** The real process, started in a subfolder of a site without --source, as an editor does in a terminal. */
    @Test
    void theProgramStartedInASubfolderChecksTheSiteAbove() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "check", "--now", TestSites.NOW.toString())
                .directory(site.resolve("content/tin-tuc").toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.startsWith("Không có lỗi: đã kiểm tra 7 bài viết, 1 trang, 0 văn bản và 0 tuần lịch công tác."), output);
    }

    /** What an editor reads after check and build: the counts by kind, then each file that will not appear, and why. */
    @Test
    void checkAndBuildEndWithWhatWillNotBePublishedAndWhyInBothLanguages() {
        Path site = TestSites.copy("basic", tmp);
        Clock clock = Clock.fixed(TestSites.NOW.toInstant(), TestSites.NOW.getZone());
        java.io.StringWriter vi = new java.io.StringWriter();
        assertEquals(0, Main.run(new String[] {"check", "--source", site.toString()}, clock, new PrintWriter(vi, true),
                new PrintWriter(err, true), Path.of(""), null));
        // The check made the site's one photo into the cache; the next commands find it there.
        Path cache = site.resolve(".cache").toAbsolutePath();
        assertTrue(vi.toString().startsWith("""
                Không có lỗi: đã kiểm tra 7 bài viết, 1 trang, 0 văn bản và 0 tuần lịch công tác.
                Ảnh: làm mới 1, lấy từ bộ nhớ đệm 0 (%s)
                3 tệp hợp lệ nhưng chưa hiện trên trang:
                  content/tin-tuc/2024/01/ban-nhap.md: bản nháp (draft: true): khi đăng, dùng lệnh publish (lệnh ghi ngày đăng là lúc đăng)
                  content/tin-tuc/2024/01/tin-het-han.md: hết hạn từ 01/01/2024: không còn hiện trên trang
                  content/tin-tuc/2024/01/tin-tuong-lai.md: hẹn đăng: sẽ hiện từ 01/01/2030 07:00 (GMT+7)
                """.formatted(cache)), vi.toString());
        assertTrue(vi.toString().endsWith("(GMT+7)\n"), "no stage times for editors: " + vi);
        assertEquals(0, run("check", "--source", site.toString(), "--verbose"));
        assertTrue(out.toString().startsWith("""
                No errors: checked 7 article(s), 1 page(s), 0 document(s) and 0 week(s) of the schedule.
                Photos: 0 made, 1 from the cache (%s)
                3 valid file(s) that readers will not see yet:
                  content/tin-tuc/2024/01/ban-nhap.md: draft (draft: true): to publish it, use the publish command (it dates the article then)
                  content/tin-tuc/2024/01/tin-het-han.md: expired on 01/01/2024: no longer shown
                  content/tin-tuc/2024/01/tin-tuong-lai.md: scheduled: appears on 01/01/2030 07:00 (GMT+7)
                  stages: settings=""".formatted(cache)), out.toString());

        vi.getBuffer().setLength(0);
        Path output = tmp.resolve("site-out");
        assertEquals(0, Main.run(new String[] {"build", "--source", site.toString(), "--output", output.toString()}, clock,
                new PrintWriter(vi, true), new PrintWriter(err, true), Path.of(""), null));
        assertTrue(vi.toString().startsWith("Đã dựng trang: đăng 4 bài viết, 1 trang, 0 văn bản và 0 tuần lịch công tác; "
                + "5 trang bài, 15 trang danh sách, 14 tệp RSS trong "), vi.toString());
        assertTrue(vi.toString().contains(" ms → " + output + "\nẢnh: làm mới 0, lấy từ bộ nhớ đệm 1 (" + cache + ")\n"
                + "3 tệp hợp lệ nhưng chưa hiện trên trang:\n"), vi.toString());
    }

    /** A language the tool does not speak is a wrong command line, said in the language in force; a wrong variable is said (in the language --lang chose) and ignored. */
    @Test
    void anUnknownLanguageIsAUsageErrorAndAnUnknownVariableIsSaid() {
        Path site = TestSites.copy("basic", tmp);
        Clock clock = Clock.fixed(TestSites.NOW.toInstant(), TestSites.NOW.getZone());
        StringWriter vi = new StringWriter();
        assertEquals(2, Main.run(new String[] {"check", "--lang", "fr", "--source", site.toString()}, clock,
                new PrintWriter(out, true), new PrintWriter(vi, true), Path.of(""), null));
        assertEquals("--lang fr: không có ngôn ngữ này (viết --lang vi cho tiếng Việt, hoặc --lang en cho tiếng Anh)\n",
                vi.toString());
        assertEquals(2, run("check", "--lang=eng", "--source", site.toString()));
        assertEquals("--lang eng: no such language (write --lang vi for Vietnamese, or --lang en for English)\n", err.toString());
        assertEquals("", out.toString());

        vi.getBuffer().setLength(0);
        assertEquals(0, Main.run(new String[] {"check", "--source", site.toString()}, clock, new PrintWriter(out, true),
                new PrintWriter(vi, true), Path.of(""), "xx"));
        assertEquals("BANTIN_LANG=xx: không có ngôn ngữ này, nên biến này bị bỏ qua (đặt BANTIN_LANG=en cho tiếng Anh, "
                + "vi cho tiếng Việt, hoặc bỏ biến này)\n", vi.toString());
        assertTrue(out.toString().startsWith("Không có lỗi: "), out.toString());
        vi.getBuffer().setLength(0);
        assertEquals(0, Main.run(new String[] {"check", "--lang", "en", "--source", site.toString()}, clock, new PrintWriter(out, true),
                new PrintWriter(vi, true), Path.of(""), "xx"));
        assertEquals("BANTIN_LANG=xx: no such language, so the variable is ignored (set BANTIN_LANG=en for English, "
                + "vi for Vietnamese, or unset it)\n", vi.toString());
        err.getBuffer().setLength(0);
        assertEquals(0, run("check", "--lang", "EN", "--source", site.toString()));
        assertEquals("", err.toString());
    }
}
