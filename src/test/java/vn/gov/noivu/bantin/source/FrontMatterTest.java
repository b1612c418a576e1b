package vn.gov.noivu.bantin.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.gov.noivu.bantin.InstantiationTrap;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.markdown.Markdown;

/** Guards splitting a source file into front matter and body: encodings, line ends, limits and unsafe YAML. */
class FrontMatterTest {
    private static final String PATH = "content/tin-tuc/a.md";
    private static final String VALID = "---\ntitle: \"Hội nghị tổng kết\"\ndate: 2024-01-15\ntags: [a, b]\n---\n\nĐoạn một.\n";

    private final List<ContentError> errors = new ArrayList<>();

    private FrontMatter.Parsed read(byte[] bytes) {
        return FrontMatter.read(PATH, bytes, errors);
    }

    private FrontMatter.Parsed read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> errorStrings() {
        return errors.stream().map(TestSites::en).toList();
    }

    private static String scalar(FrontMatter.Parsed p, String key) {
        return ((ScalarNode) p.fields().get(key).value()).getValue();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void assertValid(FrontMatter.Parsed p) {
        assertEquals(List.of(), errorStrings());
        assertNotNull(p);
        assertEquals(List.of("title", "date", "tags"), List.copyOf(p.fields().keySet()));
        assertEquals("Hội nghị tổng kết", scalar(p, "title"));
        assertEquals("2024-01-15", scalar(p, "date"));
        assertEquals(2, ((SequenceNode) p.fields().get("tags").value()).getValue().size());
        assertEquals(2, p.fields().get("title").line());
        assertEquals(3, p.fields().get("date").line());
        assertEquals(4, p.fields().get("tags").line());
        assertEquals("\nĐoạn một.\n", p.body());
        assertEquals(6, p.bodyLine());
    }

    @Test
    void validFile() {
        assertValid(read(VALID));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        assertValid(read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(VALID))));
    }

    @Test
    void crlfLineEndsAreAccepted() {
        assertValid(read(VALID.replace("\n", "\r\n")));
    }

    @Test
    void oldMacLineEndsAreAccepted() {
        assertValid(read(VALID.replace("\n", "\r")));
    }

    @Test
    void closingDotsAlsoEndTheFrontMatter() {
        FrontMatter.Parsed p = read("---\ntitle: a\n...\nbody\n---\n");
        assertEquals(List.of(), errorStrings());
        assertEquals("body\n---\n", p.body());
        assertEquals(4, p.bodyLine());
    }

    @Test
    void bodyLineIsTheFileLineAfterTheClosingFence() {
        FrontMatter.Parsed p = read("---\na: 1\nb: 2\n\nc: 3\n---\nfirst\nsecond");
        assertEquals(List.of(), errorStrings());
        assertEquals("first\nsecond", p.body());
        assertEquals(7, p.bodyLine());
        assertEquals(5, p.fields().get("c").line());
    }

    @Test
    void emptyFrontMatterGivesNoFields() {
        FrontMatter.Parsed p = read("---\n---\nbody");
        assertEquals(List.of(), errorStrings());
        assertEquals(0, p.fields().size());
        assertEquals(3, p.bodyLine());
    }

    @Test
    void emptyFile() {
        assertNull(read(new byte[0]));
        assertEquals(List.of("content/tin-tuc/a.md:1: the file is empty (an article starts with a line '---', its fields, "
                + "another '---', then the text)"), errorStrings());
    }

    @Test
    void noOpeningFence() {
        assertNull(read("title: a\n---\nbody\n"));
        assertEquals(List.of("content/tin-tuc/a.md:1: front matter missing: the file must start with a line '---' "
                + "(put the fields (title, date, category, ...) between two '---' lines at the top)"), errorStrings());
    }

    @Test
    void frontMatterNotClosed() {
        assertNull(read("---\ntitle: a\ndate: 2024-01-15\n\nbody\n"));
        assertEquals(List.of("content/tin-tuc/a.md:1: front matter not closed "
                + "(add a line '---' after the last field, before the text of the article)"), errorStrings());
    }

    /** The front matter {@code fields} is refused with one error, said as {@code en} in English and {@code vi} in Vietnamese (null: not checked). */
    private void refused(String fields, String en, String vi) {
        errors.clear();
        assertNull(read("---\n" + fields + "\n---\nbody\n"), fields);
        assertEquals(List.of(PATH + ":" + en), errorStrings(), fields);
        if (vi != null) {
            assertEquals(PATH + ":" + vi, errors.get(0).toString(), fields);
        }
    }

    @Test
    void anIndentedFieldSaysToRemoveTheIndentNotToUseSpaces() {
        String en = "3: date: the line is indented, so its field cannot be read; every field starts at the left margin "
                + "(remove the spaces or tabs at the start of the line: date: 2024-01-15)";
        refused("title: a\n\tdate: 2024-01-15", en, "3: date: dòng này lùi đầu nên không đọc được trường; mỗi trường bắt đầu "
                + "sát lề trái (xóa dấu cách hoặc Tab ở đầu dòng: date: 2024-01-15)");
        refused("title: \"a\"\n  date: 2024-01-15", en, null);
    }

    @Test
    void aSpaceOrATabAfterTheColonIsNamed() {
        refused("title:\"Khen thưởng\"\ndate: 2024-01-15", "2: title: no space after the colon (write: title: \"Khen thưởng\")",
                "2: title: thiếu dấu cách sau dấu hai chấm (viết: title: \"Khen thưởng\")");
        refused("title:\t\"Khen thưởng\"\ndate: 2024-01-15", "2: title: the line has a tab after the colon (use a space instead "
                + "of the tab: title: \"Khen thưởng\")", "2: title: dòng có ký tự Tab sau dấu hai chấm (dùng dấu cách thay cho Tab: "
                + "title: \"Khen thưởng\")");
    }

    @Test
    void listsNotClosedWithoutCommasOrWithoutBracketsShowTheListToWrite() {
        String list = "tags: [\"hội nghị\", \"tổng kết\"])";
        refused("title: a\ntags: [\"hội nghị\", \"tổng kết\"", "3: tags: the list opens with [ but is not closed by ] at the end "
                + "of the line (write the whole list on one line: " + list, "3: tags: danh sách mở bằng [ nhưng không có dấu ] đóng ở "
                + "cuối dòng (viết cả danh sách trên một dòng: " + list);
        for (String written : List.of("[\"hội nghị\" \"tổng kết\"]", "[\"hội nghị\"; \"tổng kết\"]")) {
            refused("title: a\ntags: " + written, "3: tags: the items of the list must be separated by commas (write the whole "
                    + "list on one line: " + list, "3: tags: các mục của danh sách phải cách nhau bằng dấu phẩy (viết cả danh sách "
                    + "trên một dòng: " + list);
        }
        refused("title: a\ntags: \"hội nghị\", \"tổng kết\"", "3: tags: several values must be put in square brackets [ ] as a "
                + "list (write the whole list on one line: " + list, "3: tags: nhiều giá trị phải đặt trong ngoặc vuông [ ] thành "
                + "một danh sách (viết cả danh sách trên một dòng: " + list);
    }

    @Test
    void aHashAfterAnUnquotedTextIsAnErrorNotASilentCut() {
        FrontMatter.Parsed p = read("---\ntitle: Thông báo tuyển dụng # đợt 2\ntags:\n  - hội nghị # 1\n  - \"b\" # ghi chú\n"
                + "draft: true # bỏ khi đăng\nsummary: \"Tóm tắt # có dấu thăng\" # ghi chú\n# dòng ghi chú\n---\nbody\n");
        assertNotNull(p);
        assertEquals(List.of("content/tin-tuc/a.md:2: title: \"# đợt 2\" is dropped: in a value without quotes, everything from the "
                + "# on is read as a note (enclose the value in double quotes: title: \"Thông báo tuyển dụng # đợt 2\")",
                "content/tin-tuc/a.md:4: tags: \"# 1\" is dropped: in a value without quotes, everything from the # on is "
                + "read as a note (enclose the value in double quotes: \"hội nghị # 1\")"), errorStrings());
        assertEquals("content/tin-tuc/a.md:2: title: phần \"# đợt 2\" bị bỏ: khi giá trị không đặt trong ngoặc kép, máy coi phần "
                + "từ dấu # trở đi là ghi chú (đặt giá trị trong ngoặc kép: title: \"Thông báo tuyển dụng # đợt 2\")",
                errors.get(0).toString());
    }

    @Test
    void aQuoteNeverClosedIsNamedAtItsLineEvenWhenTheParserStumblesLater() {
        refused("title: \"Thông báo tuyển dụng\ndate: 2024-01-15\ncategory: \"Thông báo\"", "2: title: the value opens with \" but "
                + "never closes it (end the value with \" on the same line)", "2: title: giá trị mở bằng dấu \" nhưng không có dấu "
                + "đóng (kết thúc giá trị bằng dấu \" trên cùng dòng)");
    }

    @Test
    void unquotedColonNamesTheLineAndSuggestsQuotes() {
        assertNull(read("---\ntitle: a\nsummary: Sở Nội vụ: hội nghị\n---\nbody\n"));
        assertEquals(List.of("content/tin-tuc/a.md:3: summary: the value has a colon and a space (\": \") but no quotes around "
                + "it (enclose the value in double quotes: summary: \"Sở Nội vụ: hội nghị\")"), errorStrings());
        assertEquals("content/tin-tuc/a.md:3: summary: giá trị có dấu hai chấm và dấu cách (\": \") mà không đặt trong ngoặc kép "
                + "(đặt giá trị trong ngoặc kép: summary: \"Sở Nội vụ: hội nghị\")", errors.get(0).toString());
        refused("title: Thông báo: \"tuyển dụng\" năm 2026", "2: title: the value has a colon and a space (\": \") but no quotes "
                + "around it (enclose the value in double quotes: title: \"Thông báo: “tuyển dụng” năm 2026\")", null);
    }

    @Test
    void quotesInsideAQuotedTitleSayWhichQuoteToChange() {
        assertNull(read("---\ntitle: \"Hội nghị \"tổng kết\" năm 2026\"\ndate: 2026-01-05\n---\nbody\n"));
        assertEquals(List.of("content/tin-tuc/a.md:2: title: the value has double quotes (\") inside the double quotes that "
                + "enclose it, so it ends too early (write the inner quotes as “ ” (curly quotes), or enclose the value in "
                + "single quotes: title: 'Hội nghị \"tổng kết\" năm 2026')"), errorStrings());
        assertEquals("content/tin-tuc/a.md:2: title: giá trị có dấu ngoặc kép (\") nằm bên trong cặp ngoặc kép bao ngoài, nên "
                + "máy hiểu giá trị kết thúc quá sớm (đổi dấu ngoặc kép bên trong thành “ ” (ngoặc kép cong), hoặc bao giá trị "
                + "bằng dấu nháy đơn: title: 'Hội nghị \"tổng kết\" năm 2026')", errors.get(0).toString());
        errors.clear();
        assertNull(read("---\ntitle: 'Sở Nội vụ's news'\n---\nbody\n"));
        assertEquals(List.of("content/tin-tuc/a.md:2: title: the value has an apostrophe (') inside the single quotes that "
                + "enclose it, so it ends too early (enclose the value in double quotes instead: title: \"Sở Nội vụ's news\")"),
                errorStrings());
        errors.clear();
        assertNull(read("---\ntitle: \"Hội nghị tổng kết\nnăm 2026\n---\nbody\n"));
        assertEquals(List.of("content/tin-tuc/a.md:2: title: the value opens with \" but never closes it (end the value with \" "
                + "on the same line)"), errorStrings());
        errors.clear();
        assertNull(read("---\ntitle: \"Hội nghị\" năm 2026\n---\nbody\n"));
        assertEquals(List.of("content/tin-tuc/a.md:2: title: text after the closing quote: năm 2026 (put all of the value inside "
                + "the quotes)"), errorStrings());
    }

    @Test
    void frontMatterThatIsNotAMapping() {
        assertNull(read("---\n- a\n- b\n---\nbody\n"));
        assertEquals(List.of("content/tin-tuc/a.md:2: front matter must be a list of 'name: value' lines "
                + "(for example 'title: \"Hội nghị tổng kết\"')"), errorStrings());
    }

    @Test
    void duplicateKeyNamesBothLinesAndKeepsTheFirst() {
        FrontMatter.Parsed p = read("---\ntitle: một\ndate: 2024-01-15\ntitle: hai\n---\nbody\n");
        assertEquals(List.of("content/tin-tuc/a.md:4: title: written twice (first on line 2) (keep one of the two lines)"),
                errorStrings());
        assertEquals("một", scalar(p, "title"));
    }

    @Test
    void invalidUtf8NamesTheLineTheColumnAndTheTextAroundTheBadByte() {
        assertNull(read(concat(utf8("---\ntitle: Sở "), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\n---\nbody\n"))));
        assertEquals(List.of("content/tin-tuc/a.md:2: the file is not saved as UTF-8: byte 0xC3 at column 11 is not UTF-8, in "
                + "\"title: Sở \uFFFD(\" (save the file as UTF-8: in Notepad, File > Save As, Encoding: UTF-8; in Notepad++, Encoding > "
                + "Convert to UTF-8, then save; in VS Code, click the encoding in the status bar, Save with Encoding, UTF-8; in Word, "
                + "File > Save As, Plain Text, then Unicode (UTF-8))"), errorStrings());
    }

    @Test
    void windows1258FileIsNotUtf8() {
        // "Sơ" saved in code page 1258, Notepad's "ANSI" on a Vietnamese Windows: 0xF5 alone is never valid UTF-8.
        assertNull(read(concat(utf8("---\ntitle: S"), new byte[] {(byte) 0xF5}, utf8("\n---\nx"))));
        assertEquals(List.of("content/tin-tuc/a.md:2: the file is saved in Windows-1258, not UTF-8: from column 9, read as "
                + "Windows-1258 it is \"title: Sơ\""), errorStrings().stream().map(e -> e.replaceAll(" \\(open the file.*", "")).toList());
    }

    @Test
    void nulByteMarksABinaryFileWithItsLine() {
        assertNull(read("---\ntitle: a\n---\nab\0c\n"));
        assertEquals(List.of("content/tin-tuc/a.md:4: the file contains a NUL byte (it looks like a binary file) "
                + "(only Markdown text files belong in content/)"), errorStrings());
    }

    @Test
    void nulByteLineCountsOldMacLineEnds() {
        assertNull(read("---\rtitle: a\r---\rab\0c\r"));
        assertEquals(List.of("content/tin-tuc/a.md:4: the file contains a NUL byte (it looks like a binary file) "
                + "(only Markdown text files belong in content/)"), errorStrings());
    }

    @Test
    void invisibleControlCharacterIsAnErrorWithItsLine() {
        for (char c : new char[] {'\u0001', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u009F', '\uFFFE'}) {
            errors.clear();
            assertNull(read("---\ntitle: a\n---\nab" + c + "c\n"));
            assertEquals(List.of(String.format("content/tin-tuc/a.md:4: the file contains the invisible control character U+%04X "
                    + "(delete it; it often comes with text pasted from Word or a PDF)", (int) c)), errorStrings());
        }
    }

    @Test
    void tabsAndLineEndsAreNotControlCharacters() {
        FrontMatter.Parsed p = read("---\ntitle: a\n---\n\tcode\r\nb\n");
        assertEquals(List.of(), errorStrings());
        assertEquals("\tcode\nb\n", p.body());
    }

    @Test
    void fileOverTwoMebibytesIsRefusedBeforeDecoding() {
        byte[] big = new byte[FrontMatter.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 0xFF); // would be a UTF-8 error if it were decoded
        assertNull(read(big));
        assertEquals(List.of("content/tin-tuc/a.md: the file is 2.0 MB, larger than the 2 MB limit "
                + "(split the article, or put large attachments in assets/ and link them)"), errorStrings());
    }

    @Test
    void sizeInTheMessageIsTheFileSize() {
        assertNull(read(new byte[5 * 1024 * 1024]));
        assertEquals(List.of("content/tin-tuc/a.md: the file is 5.0 MB, larger than the 2 MB limit "
                + "(split the article, or put large attachments in assets/ and link them)"), errorStrings());
    }

    @Test
    void fileOfExactlyTwoMebibytesIsRead() {
        byte[] head = utf8("---\ntitle: a\n---\n");
        byte[] file = new byte[FrontMatter.MAX_BYTES];
        Arrays.fill(file, (byte) 'x');
        System.arraycopy(head, 0, file, 0, head.length);
        FrontMatter.Parsed p = read(file);
        assertEquals(List.of(), errorStrings());
        assertEquals(FrontMatter.MAX_BYTES - head.length, p.body().length());
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*').append(prev)
                    .append("]\n");
            prev = String.valueOf(c);
        }
        yaml.append("---\nbody\n");
        FrontMatter.Parsed p = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(yaml.toString()));
        assertNull(p);
        assertEquals(List.of("content/tin-tuc/a.md:1: front matter is not valid YAML: Number of aliases for non-scalar "
                + "nodes exceeds the specified max=10 (anchors and aliases (&, *) are limited; write each value out)"),
                errorStrings());
    }

    @Test
    void frontMatterOverItsLimitIsRefused() {
        assertNull(read("---\ntitle: a\nsummary: \"" + "x".repeat(FrontMatter.MAX_FRONT_MATTER) + "\"\n---\nbody\n"));
        assertEquals(List.of("content/tin-tuc/a.md:1: front matter is not valid YAML: The incoming YAML document exceeds the "
                + "limit: 262144 code points. (fields are short; the text of the article goes below the closing '---')"),
                errorStrings());
    }

    @Test
    void deepNestingIsRefused() {
        assertNull(read("---\ntitle: " + "[".repeat(50) + "]".repeat(50) + "\n---\nbody\n"));
        // SnakeYAML reports the depth limit as an unmarked YAMLException, so it gets line 1.
        assertEquals(List.of("content/tin-tuc/a.md:1: front matter is not valid YAML: Nesting Depth exceeded max 8 "
                + "(front matter fields are flat: a value is a text, a date, true/false or a [list])"), errorStrings());
    }

    @Test
    void globalJavaTagIsAnErrorAndInstantiatesNothing() {
        assertNull(read("---\ntitle: !!vn.gov.noivu.bantin.InstantiationTrap x\n---\nbody\n"));
        assertEquals(0, InstantiationTrap.CREATED.get());
        assertEquals(1, errors.size());
        ContentError e = errors.get(0);
        assertEquals(2, e.line());
        assertTrue(e.message().in(Language.EN).contains("tag:yaml.org,2002:vn.gov.noivu.bantin.InstantiationTrap"), e.message().toString());
        assertTrue(e.message().in(Language.EN).contains("not allowed"), e.message().toString());
    }

    @Test
    void javaIoFileTagIsAnError() {
        assertNull(read("---\ntitle: \"a\"\nimage: !!java.io.File /etc/passwd\n---\nbody\n"));
        assertEquals(1, errors.size());
        assertEquals(3, errors.get(0).line());
        assertTrue(errors.get(0).message().in(Language.EN).contains("tag:yaml.org,2002:java.io.File"), errors.get(0).message().toString());
        assertTrue(errors.get(0).message().in(Language.EN).contains("not allowed"), errors.get(0).message().toString());
    }

    @Test
    void scriptEngineManagerGadgetIsAnError() {
        assertNull(read("---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n---\nbody\n"));
        assertEquals(1, errors.size());
        assertEquals(2, errors.get(0).line());
        assertTrue(errors.get(0).message().in(Language.EN).contains("tag:yaml.org,2002:javax.script.ScriptEngineManager"), errors.get(0).message().toString());
        assertTrue(errors.get(0).message().in(Language.EN).contains("not allowed"), errors.get(0).message().toString());
    }

    @Test
    void globalTagGetsTheTagMessage() {
        assertNull(read("---\ntitle: \"a\"\nimage: !!java.io.File /etc/passwd\n---\nbody\n"));
        assertEquals(List.of("content/tin-tuc/a.md:3: image: the YAML tag tag:yaml.org,2002:java.io.File is not allowed "
                + "(remove the '!' tag and write a plain value)"), errorStrings());
    }

    @Test
    void localTagIsNamedWithItsField() {
        FrontMatter.Parsed p = read("---\ntitle: \"a\"\ntags: [a, !ruby/object b]\n---\nbody\n");
        assertEquals(List.of("content/tin-tuc/a.md:3: tags: the YAML tag !ruby/object is not allowed "
                + "(remove the '!' tag and write a plain value)"), errorStrings());
        assertEquals(List.of("title"), List.copyOf(p.fields().keySet()));
    }

    @Test
    void plainYamlTypesAreNotTags() {
        FrontMatter.Parsed p = read("---\ntitle: !!str 2024\ncount: 3\nratio: 1.5\ndraft: false\nnone: ~\n"
                + "date: 2024-01-15T08:30:00+07:00\n---\nbody\n");
        assertEquals(List.of(), errorStrings());
        assertEquals("2024", scalar(p, "title"));
        assertEquals(6, p.fields().size());
    }

    @Test
    void sameInputGivesSameBytesWithAndWithoutBom() {
        FrontMatter.Parsed a = read(VALID);
        FrontMatter.Parsed b = read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(VALID)));
        assertArrayEquals(utf8(a.body()), utf8(b.body()));
    }
}
