package vn.gov.noivu.bantin.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.noivu.bantin.TestSites;

/**
 * A file that is not UTF-8, with the bytes editors' programs write: the error names its line and column, shows
 * the text around, names Windows-1258 (Notepad's "ANSI" on a Vietnamese Windows), TCVN3 or VNI when the words
 * read as Vietnamese in it, and says how to save as UTF-8, in both languages.
 */
class EncodingTest {
    /** "Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2024" as TCVN3 (ABC) bytes: "Së Néi vô tæ chøc héi nghÞ …" in Latin-1. */
    static final byte[] TCVN3 = HexFormat.ofDelimiter(" ").parseHex("53 eb 20 4e e9 69 20 76 f4 20 74 e6 20 63 68 f8 63 20 68 e9 69"
            + " 20 6e 67 68 de 20 74 e6 6e 67 20 6b d5 74 20 63 ab 6e 67 20 74 b8 63 20 6e a8 6d 20 32 30 32 34");

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(java.util.Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] p : parts) {
            all.put(p);
        }
        return all.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static List<String> both(Optional<ContentError> error) {
        return List.of(error.orElseThrow().in(Language.VI), error.orElseThrow().in(Language.EN));
    }

    @Test
    void theWindows1258BytesOfVietnameseAreThoseNotepadWrites() {
        assertEquals("53 f5 d2 20 4e f4 f2 69 20 76 75 f2", HexFormat.ofDelimiter(" ").formatHex(TestSites.windows1258("Sở Nội vụ")));
    }

    @Test
    void aFileSavedInWindows1258IsNamedAndShownReadInIt() {
        byte[] file = concat(ascii("---\n"), TestSites.windows1258("title: \"Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2024\"\n"),
                ascii("date: 2024-01-15\n---\n"), TestSites.windows1258("Sáng 15/1, Sở Nội vụ tổ chức hội nghị.\n"));
        assertEquals(List.of("content/tin-tuc/2024/hoi-nghi.md:2: tệp lưu ở bảng mã Windows-1258, không phải UTF-8: từ cột 10, đọc theo "
                + "Windows-1258 là \"title: \"Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2024\"\" (mở tệp theo bảng mã Windows-1258 rồi "
                + "lưu lại ở UTF-8: Notepad trên Windows tiếng Việt tự mở đúng, rồi File > Save As, ô Encoding chọn UTF-8; trong Notepad++, "
                + "Encoding > Character sets > Vietnamese > Windows-1258, rồi Encoding > Convert to UTF-8 và lưu; trong VS Code, bấm tên "
                + "bảng mã ở thanh dưới cùng, Reopen with Encoding, Vietnamese (Windows 1258), rồi Save with Encoding, UTF-8; trong Word, "
                + "mở tệp với mã Vietnamese (Windows), rồi File > Save As, kiểu Plain Text, chọn Unicode (UTF-8))",
                "content/tin-tuc/2024/hoi-nghi.md:2: the file is saved in Windows-1258, not UTF-8: from column 10, read as Windows-1258 it is "
                + "\"title: \"Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2024\"\" (open the file as Windows-1258, then save it as UTF-8: "
                + "Notepad on a Vietnamese Windows opens it right, then File > Save As, Encoding: UTF-8; in Notepad++, Encoding > Character "
                + "sets > Vietnamese > Windows-1258, then Encoding > Convert to UTF-8 and save; in VS Code, click the encoding in the "
                + "status bar, Reopen with Encoding, Vietnamese (Windows 1258), then Save with Encoding, UTF-8; in Word, open the file "
                + "with the encoding Vietnamese (Windows), then File > Save As, Plain Text, Unicode (UTF-8))"),
                both(Encoding.notUtf8("content/tin-tuc/2024/hoi-nghi.md", file)));
    }

    /** The example of docs/huong-dan-bien-tap.md, "Gõ tiếng Việt: bảng mã". */
    @Test
    void theGuidesExampleIsWhatAFileSavedByNotepadGets() {
        byte[] file = concat(ascii("---\n"), TestSites.windows1258("title: \"Thông báo tuyển dụng\"\ndate: 2026-12-01\n"), ascii("---\n"));
        assertEquals("content/tin-tuc/2026/12/thong-bao.md:2: tệp lưu ở bảng mã Windows-1258, không phải UTF-8: từ cột 11, đọc theo "
                + "Windows-1258 là \"title: \"Thông báo tuyển dụng\"\"", Encoding.notUtf8("content/tin-tuc/2026/12/thong-bao.md", file)
                .orElseThrow().in(Language.VI).replaceAll(" \\(mở tệp theo.*", ""));
    }

    @Test
    void aFileSavedInTcvn3IsNamedAndShownReadInIt() {
        byte[] file = concat(ascii("ghi_chu: \""), TCVN3, ascii("\"\n"));
        assertEquals(List.of("data/lich-cong-tac/2026-W48.yaml:1: tệp lưu ở bảng mã TCVN3 (ABC), không phải UTF-8: từ cột 12, đọc theo "
                + "TCVN3 (ABC) là \"ghi_chu: \"Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2024\"\" (chuyển chữ sang Unicode bằng công "
                + "cụ chuyển mã của Unikey (Ctrl+Shift+F6): chép hết chữ của tệp, chọn nguồn TCVN3 (ABC), đích Unicode, bấm Chuyển mã, dán "
                + "vào tệp rồi lưu ở UTF-8 (trong Notepad, File > Save As, ô Encoding chọn UTF-8; trong VS Code, Save with Encoding, UTF-8))",
                "data/lich-cong-tac/2026-W48.yaml:1: the file is saved in TCVN3 (ABC), not UTF-8: from column 12, read as TCVN3 (ABC) it is "
                + "\"ghi_chu: \"Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2024\"\" (convert the text to Unicode with Unikey's "
                + "converter (Ctrl+Shift+F6): copy all the file's text, source TCVN3 (ABC), destination Unicode, Chuyển mã, paste it into "
                + "the file and save it as UTF-8 (in Notepad, File > Save As, Encoding: UTF-8; in VS Code, Save with Encoding, UTF-8))"),
                both(Encoding.notUtf8("data/lich-cong-tac/2026-W48.yaml", file)));
    }

    @Test
    void aFileSavedInVniIsNamed() {
        // "Sở Nội vụ" in VNI Windows: a letter, then its marks' code ("Sôû Noäi vuï").
        byte[] file = concat(ascii("title: \""), "Sôû Noäi vuï".getBytes(StandardCharsets.ISO_8859_1), ascii("\"\n"));
        assertEquals("jbake.properties:1: the file is saved in VNI Windows, not UTF-8: from column 10, read as VNI Windows it is "
                + "\"title: \"Sở Nội vụ\"\"", Encoding.notUtf8("jbake.properties", file).orElseThrow().in(Language.EN).replaceAll(" \\(convert.*", ""));
    }

    @Test
    void aByteOfNoKnownEncodingIsShownWhereItIsOnItsLine() {
        byte[] file = concat("---\ntitle: \"Hội nghị\"\r\nsummary: \"Quán cà phê ".getBytes(StandardCharsets.UTF_8),
                "Café".getBytes(StandardCharsets.ISO_8859_1), " Sơn Hà\"\r\n---\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a.md:3: tệp không lưu ở bảng mã UTF-8: byte 0xE9 ở cột 26 không phải chữ UTF-8, trong \"summary: \"Quán cà "
                + "phê Caf\uFFFD Sơn Hà\"\" (lưu lại tệp ở bảng mã UTF-8: trong Notepad, File > Save As, ô Encoding chọn UTF-8; trong "
                + "Notepad++, Encoding > Convert to UTF-8 rồi lưu; trong VS Code, bấm tên bảng mã ở thanh dưới cùng, Save with Encoding, "
                + "UTF-8; trong Word, File > Save As, kiểu Plain Text, rồi chọn Unicode (UTF-8))",
                "a.md:3: the file is not saved as UTF-8: byte 0xE9 at column 26 is not UTF-8, in \"summary: \"Quán cà phê Caf\uFFFD Sơn "
                + "Hà\"\" (save the file as UTF-8: in Notepad, File > Save As, Encoding: UTF-8; in Notepad++, Encoding > Convert to UTF-8, "
                + "then save; in VS Code, click the encoding in the status bar, Save with Encoding, UTF-8; in Word, File > Save As, Plain "
                + "Text, then Unicode (UTF-8))"), both(Encoding.notUtf8("a.md", file)));
    }

    @Test
    void aLongLineIsShownAroundItsColumn() {
        String before = "Sáng nay, Sở Nội vụ tổ chức hội nghị triển khai công tác cải cách hành chính của toàn tỉnh năm ";
        byte[] file = concat(before.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF},
                " với sự tham dự của lãnh đạo các sở, ban, ngành và các huyện.".getBytes(StandardCharsets.UTF_8));
        assertEquals("a.md:1: the file is not saved as UTF-8: byte 0xFF at column 96 is not UTF-8, in \"…cải cách hành chính của toàn tỉnh năm "
                + "\uFFFD với sự tham dự của lãnh đạo các sở,…\"", Encoding.notUtf8("a.md", file).orElseThrow().in(Language.EN)
                .replaceAll(" \\(save the file.*", ""));
    }

    @Test
    void utf8IsNoError() {
        assertEquals(Optional.empty(), Encoding.notUtf8("a.md", "Sở Nội vụ \uFFFD".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), Encoding.notUtf8("a.md", new byte[0]));
    }
}
