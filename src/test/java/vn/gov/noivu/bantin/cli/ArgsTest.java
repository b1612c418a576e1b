package vn.gov.noivu.bantin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.noivu.bantin.base.Language;

/** How a command line is read, what it is refused for, and the help's layout. */
class ArgsTest {
    private static String refusal(String... args) {
        return assertThrows(Args.Refused.class, () -> Args.parse(args)).why.in(Language.EN);
    }

    @Test
    void anOptionTakesItsValueAfterASpaceOrAnEqualsSignAndTheLastOneCounts() throws Args.Refused {
        Args.Parsed p = Args.parse(new String[] {"build", "--source", "a b", "--output=o=1", "--verbose", "--source=c"});
        assertEquals(Args.Command.BUILD, p.command());
        assertEquals("c", p.value(Args.SOURCE));
        assertEquals("o=1", p.value(Args.OUTPUT));
        assertTrue(p.has(Args.VERBOSE));
        assertFalse(p.has(Args.REBUILD));
        assertNull(p.value(Args.NOW));
    }

    @Test
    void newTakesATitleAnywhereAndTagsSplitAtCommasFromEveryTimeTheyAreGiven() throws Args.Refused {
        Args.Parsed p = Args.parse(new String[] {"new", "--tags", "a,b", "Tin ngắn", "--tags=c", "--category", "X"});
        assertEquals("Tin ngắn", p.operand());
        assertEquals(List.of("a", "b", "c"), p.list(Args.TAGS));
        assertEquals("X", p.value(Args.CATEGORY));
        assertEquals("-x", Args.parse(new String[] {"new", "--", "-x"}).operand(), "after --, a dash starts a title");
    }

    @Test
    void helpVersionAndLanguageWorkWithEveryCommandAndBeforeIt() throws Args.Refused {
        for (String command : List.of("build", "check", "serve", "new", "publish")) {
            assertTrue(Args.parse(new String[] {command, "-h"}).has(Args.HELP), command);
            assertTrue(Args.parse(new String[] {command, "--version"}).has(Args.VERSION), command);
            assertEquals("en", Args.parse(new String[] {"--lang", "en", command, "--help"}).value(Args.LANG), command);
        }
        assertEquals(Args.Command.NONE, Args.parse(new String[] {"-V"}).command());
    }

    @Test
    void whatIsRefusedAndTheNamesItMayBeASlipFor() {
        assertEquals("unknown command: buidl (did you mean build?)", refusal("buidl"));
        assertEquals("unknown command: pubish (did you mean publish?)", refusal("pubish"));
        assertEquals("unknown command: compile (the commands: build, check, serve, new, publish)", refusal("compile"));
        assertEquals("unknown option or argument: --sorce=x (did you mean --source?)", refusal("check", "--sorce=x"));
        assertEquals("unknown option or argument: --out (did you mean --output?)", refusal("build", "--out", "x"));
        assertEquals("unknown option or argument: --frobnicate", refusal("build", "--frobnicate"));
        assertEquals("unknown option or argument: --output", refusal("serve", "--output", "x"),
                "each command has its own options");
        assertEquals("unknown option or argument: --before", refusal("build", "--before"), "the hook's option is not offered");
        assertEquals("unknown option or argument: extra", refusal("build", "extra"));
        assertEquals("unknown option or argument: second", refusal("new", "first", "second"));
        assertEquals("missing --source=DIR", refusal("check", "--source"));
        assertEquals("missing TITLE", refusal("new", "--category", "X"));
        assertEquals("missing FILE", refusal("publish", "--now", "2026-01-01"));
        assertEquals("unknown option or argument: b.md", refusal("publish", "a.md", "b.md"));
        assertEquals("--rebuild: cannot read \"yes\"", refusal("build", "--rebuild=yes"));
        assertEquals(Args.Command.SERVE, assertThrows(Args.Refused.class, () -> Args.parse(new String[] {"serve", "-x"})).command,
                "the help that follows is the command's");
    }

    @Test
    void refusalsAreSaidInVietnameseToo() {
        assertEquals("không có lệnh này: buidl (có phải là build?)",
                assertThrows(Args.Refused.class, () -> Args.parse(new String[] {"buidl"})).why.in(Language.VI));
        assertEquals("không có lệnh này: compile (các lệnh: build, check, serve, new, publish)",
                assertThrows(Args.Refused.class, () -> Args.parse(new String[] {"compile"})).why.in(Language.VI));
        assertEquals("thiếu FILE",
                assertThrows(Args.Refused.class, () -> Args.parse(new String[] {"publish"})).why.in(Language.VI));
        assertEquals("thiếu --source=DIR",
                assertThrows(Args.Refused.class, () -> Args.parse(new String[] {"check", "--source"})).why.in(Language.VI));
        assertEquals("--rebuild: không đọc được \"có\"",
                assertThrows(Args.Refused.class, () -> Args.parse(new String[] {"build", "--rebuild=có"})).why.in(Language.VI));
    }

    @Test
    void theHelpListsEveryOptionInLinesOfEightyCharactersInBothLanguages() {
        for (Language language : Language.values()) {
            for (Args.Command command : Args.Command.values()) {
                String help = Args.help(command, language, "bantin");
                assertTrue(help.lines().allMatch(l -> l.length() <= 80), help);
                for (Args.Option o : command.options) {
                    assertTrue(o.help() == null ? !help.contains(o.name()) : help.contains(o.written()), o.name() + " in " + help);
                }
                assertTrue(help.endsWith("\n"), help);
            }
        }
        assertEquals("""
                Usage: bantin build [-hV] [--rebuild] [--verbose] [--cache=DIR] [--lang=vi|en]
                                    [--now=ISO-DATETIME] [--output=DIR] [--source=DIR]
                Validate all content and write the site.
                      --cache=DIR          the cache folder (default: the settings'
                                             cache.folder, .cache in the site)
                  -h, --help               show this help and exit
                """, String.join("\n", Args.help(Args.Command.BUILD, Language.EN, "bantin").lines().limit(6).toList()) + "\n");
        assertTrue(Args.help(Args.Command.SERVE, Language.VI, "./bantin").contains("      --port=PORT          cổng (mặc định: 8820; 0: cổng bất kỳ còn trống)\n"));
        assertTrue(Args.help(Args.Command.NEW, Language.EN, "bantin").contains("""
                      --tags=TAGS[,TAGS...]
                                        comma-separated tags, e.g. "công chức, tuyển dụng"
                """));
        assertTrue(Args.help(Args.Command.NONE, Language.EN, "bantin").contains("""
                Commands:
                  build    Validate all content and write the site.
                """));
    }

    /** The exit codes part of a command's help: from its heading to the end. */
    private static String exitCodes(Args.Command command, Language language) {
        String help = Args.help(command, language, "./bantin");
        return help.substring(help.indexOf(language == Language.EN ? "Exit codes:" : "Mã thoát:"));
    }

    @Test
    void eachCommandsHelpListsTheExitCodesItCanEndWithInBothLanguages() {
        assertEquals("""
                Exit codes:
                  0   stopped with Ctrl-C (content errors do not stop the preview: it shows
                      them)
                  2   wrong command line or site settings, not in a site's folder, or the port
                      is in use
                """, exitCodes(Args.Command.SERVE, Language.EN));
        assertEquals("""
                Mã thoát:
                  0   đã dừng bằng Ctrl-C (lỗi của nội dung không dừng bản xem trước: nó hiện
                      các lỗi)
                  2   dòng lệnh hoặc cài đặt của trang sai, không ở trong thư mục của một trang,
                      hoặc cổng đang được dùng
                """, exitCodes(Args.Command.SERVE, Language.VI));
        assertEquals("""
                Exit codes:
                  0   the new article's file was written; its path is printed
                  1   an article has this address already; nothing was written
                  2   wrong title, --category or --tags, or wrong command line or site settings
                """, exitCodes(Args.Command.NEW, Language.EN));
        assertEquals("""
                Mã thoát:
                  0   đã ghi tệp bài mới; đường dẫn tệp được in ra
                  1   đã có bài ở địa chỉ này; không ghi gì
                  2   tiêu đề, --category hoặc --tags sai, hoặc dòng lệnh hay cài đặt của trang
                      sai
                """, exitCodes(Args.Command.NEW, Language.VI));
        assertEquals("""
                Mã thoát:
                  0   đã đăng bản nháp, và kiểm tra không thấy lỗi
                  1   tệp không phải bản nháp hoặc không đọc được (không sửa gì), hoặc kiểm tra
                      thấy lỗi (được liệt kê)
                  2   dòng lệnh sai (không có tệp này, hoặc không phải bài trong content/), hoặc
                      cài đặt của trang sai
                """, exitCodes(Args.Command.PUBLISH, Language.VI));
        assertEquals("""
                Exit codes:
                  0   the site was built (or was already as the last build wrote it)
                  1   the content has errors; they are listed as path:line: field: message
                  2   wrong command line or site settings (jbake.properties), or not in a site's
                      folder
                """, exitCodes(Args.Command.BUILD, Language.EN));
        assertTrue(exitCodes(Args.Command.CHECK, Language.VI).startsWith("Mã thoát:\n  0   không có lỗi; không ghi tệp nào\n"));
    }
}
