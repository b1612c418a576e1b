package vn.gov.noivu.bantin.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.noivu.bantin.TestSites;

class VietnameseTextTest {
    private static List<ContentError> warnings(String text) {
        List<ContentError> problems = new ArrayList<>();
        VietnameseText.compose("content/a.md", text, problems);
        return problems;
    }

    @Test
    void decomposedTextIsComposedAndTheFirstDecomposedLineIsNamed() {
        String nfc = "---\ntitle: \"Hội nghị tổng kết\"\n---\n\nSở Nội vụ tổ chức hội nghị.\n";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        List<ContentError> problems = new ArrayList<>();
        assertEquals(nfc, VietnameseText.compose("content/a.md", nfd, problems));
        assertEquals(List.of("content/a.md:2: Vietnamese letters typed as decomposed Unicode (each mark a character of its own) "
                + "on 2 line(s); the site publishes them composed (in Unikey or EVKey choose the character set \"Unicode\" "
                + "instead of \"Unicode tổ hợp\", then retype or convert the text)"), problems.stream().map(TestSites::en).toList());
        assertTrue(problems.get(0).warning());
        assertEquals(List.of(), warnings(nfc));
    }

    @ParameterizedTest
    @CsvSource({
        "Së Néi vô, Së, Sở",
        "TiÕng ViÖt rÊt hay, ViÖt, Việt",
        "Héi nghÞ tæng kÕt c«ng t¸c n¨m 2013, nghÞ, nghị",
        "B¶o Th¾ng, B¶o, Bảo",
        "M\u00adêng Kh\u00ad¬ng, M\u00adêng, Mường",
        "§¶ng ñy Së Néi vô, §¶ng, Đảng",
    })
    void tcvn3PastedAsUnicodeIsRecognised(String line, String written, String meant) {
        assertEquals(Optional.of(new VietnameseText.Garbled(VietnameseText.Legacy.TCVN3, written, meant)),
                VietnameseText.garbled(line));
    }

    @ParameterizedTest
    @CsvSource({
        "Sôû Noäi vuï, Sôû, Sở",
        "Xin chaøo caùc baïn, chaøo, chào",
        "Tieáng Vieät raát hay, Vieät, Việt",
        "Hoäi nghò toång keát coâng taùc naêm 2013, Hoäi, Hội",
        "Ñaûng uûy Sôû, Ñaûng, Đảng",
    })
    void vniPastedAsUnicodeIsRecognised(String line, String written, String meant) {
        assertEquals(Optional.of(new VietnameseText.Garbled(VietnameseText.Legacy.VNI, written, meant)),
                VietnameseText.garbled(line));
    }

    @Test
    void aWarningNamesTheLineAndTheWordsItProbablyMeant() {
        assertEquals(List.of("content/a.md:2: \"Së\" looks like text typed in TCVN3 (ABC) and pasted as Unicode (probably \"Sở\") "
                + "(convert it with Unikey's converter (Công cụ chuyển mã): source TCVN3 (ABC), destination Unicode)"),
                warnings("---\ntitle: \"Së Néi vô\"\n---\n\nNội dung.\n").stream().map(TestSites::en).toList());
        assertEquals(List.of("content/a.md:2: \"Sôû\" looks like text typed in VNI Windows and pasted as Unicode (probably \"Sở\") "
                + "(convert it with Unikey's converter (Công cụ chuyển mã): source VNI Windows, destination Unicode)"),
                warnings("---\ntitle: \"Sôû Noäi vuï\"\n---\n\nNội dung.\n").stream().map(TestSites::en).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ông Müller, chuyên gia người Đức, phát biểu.", "Hội thảo với bà Françoise tại Hà Nội.",
        "Nhiệt độ 25°C, độ ẩm 80%.", "© 2024 Sở Nội vụ", "Señor García", "Phụ lục I § 2", "Đến dự có ông Jürgen Weiß.",
        "naïve café déjà vu", "« Bản tin » số 12"})
    void foreignWordsAndSymbolsAreNotMistakenForOldEncodings(String line) {
        assertEquals(Optional.empty(), VietnameseText.garbled(line));
        assertEquals(List.of(), warnings(line));
    }

    @Test
    void theRepositorysOwnTextsGiveNoWarning() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestSites.repo().resolve("content"))) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
        try (Stream<Path> walk = Files.walk(TestSites.repo().resolve("data"))) {
            files.addAll(walk.filter(Files::isRegularFile).toList());
        }
        files.add(TestSites.repo().resolve("jbake.properties"));
        assertTrue(files.size() > 20);
        for (Path f : files) {
            List<ContentError> problems = new ArrayList<>();
            VietnameseText.compose(f.toString(), Files.readString(f), problems);
            assertEquals(List.of(), problems, f.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hội", "nghị", "tổng", "kết", "Sở", "Nội", "vụ", "người", "khuyến", "nguyễn", "giữa", "quyết", "Đảng",
        "ủy", "thuở", "ngoằn", "khuyến", "tuyển", "hoàng"})
    void vietnameseSyllablesAreRecognised(String word) {
        assertTrue(VietnameseText.isVietnamese(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mỹller", "Sụỷ", "xyz", "vuù", "noọi", "ăă", "baùn", "hàt", "mỹc"})
    void otherWordsAreNot(String word) {
        assertFalse(VietnameseText.isVietnamese(word), word);
    }
}
