package vn.gov.noivu.bantin.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Guards the one slug function: Vietnamese transliteration, separators, length cut and validity. */
class SlugsTest {
    @Test
    void transliteratesVietnamese() {
        assertEquals("so-noi-vu", Slugs.slugify("Sở Nội vụ"));
        assertEquals("dang-uy", Slugs.slugify("Đảng ủy"));
        assertEquals("dang-uy", Slugs.slugify("ĐẢNG ỦY"));
        assertEquals("cai-cach-hanh-chinh", Slugs.slugify("Cải cách hành chính"));
        assertEquals("thi-dua-khen-thuong", Slugs.slugify("Thi đua khen thưởng"));
        assertEquals("van-thu-luu-tru", Slugs.slugify("Văn thư lưu trữ"));
    }

    @Test
    void decomposedAndComposedTextGiveTheSameSlugAndFold() {
        for (String text : java.util.List.of("Sở Nội vụ", "ĐẢNG ỦY", "Văn thư lưu trữ", "Hội nghị tổng kết")) {
            String nfd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
            assertNotEquals(text, nfd);
            assertEquals(Slugs.slugify(text), Slugs.slugify(nfd));
            assertEquals(Slugs.fold(text), Slugs.fold(nfd));
        }
    }

    @Test
    void punctuationAndSpacesCollapseToOneDash() {
        assertEquals("hoi-nghi-tong-ket-2024", Slugs.slugify("Hội nghị -- tổng kết:  (2024)"));
        assertEquals("a-b-c", Slugs.slugify("a_b.c"));
        assertEquals("quyet-dinh-12-qd-snv", Slugs.slugify("Quyết định 12/QĐ-SNV"));
    }

    @Test
    void leadingAndTrailingDashesAreTrimmed() {
        assertEquals("thong-bao", Slugs.slugify("  --Thông báo!-- "));
        assertEquals("x", Slugs.slugify("[x]"));
    }

    @Test
    void aTextThatIsAlmostASlugGetsTheSlugOfAnyOtherText() {
        assertEquals("so-noi-vu-2024", Slugs.slugify("so-noi-vu-2024"));
        assertEquals("a-b", Slugs.slugify("-a-b-"));
        assertEquals("a-b", Slugs.slugify("a--b"));
        assertEquals("a-b", Slugs.slugify("A-b"));
        assertEquals("chinh-".repeat(15) + "chinh", Slugs.slugify("chinh-".repeat(30)));
    }

    @Test
    void nothingAsciiLeftGivesEmpty() {
        assertEquals("", Slugs.slugify("!!!"));
        assertEquals("", Slugs.slugify(""));
        assertEquals("", Slugs.slugify("— … —"));
    }

    @Test
    void longInputIsCutAtAWordBoundaryWithinTheLimit() {
        String title = "chinh ".repeat(30); // "chinh-chinh-…": a dash every 6 characters
        String slug = Slugs.slugify(title);
        assertEquals("chinh-".repeat(15) + "chinh", slug);
        assertEquals(95, slug.length());
    }

    @Test
    void dashRightAtTheLimitKeepsExactlyOneHundredCharacters() {
        String first = "a".repeat(100);
        assertEquals(first, Slugs.slugify(first + " tiep theo"));
        assertEquals(100, Slugs.slugify(first + " tiep theo").length());
    }

    @Test
    void oneLongWordIsCutAtTheLimit() {
        assertEquals("a".repeat(100), Slugs.slugify("a".repeat(150)));
    }

    @Test
    void inputOfExactlyTheLimitIsKept() {
        String hundred = "ab-".repeat(33) + "a"; // 100 characters
        assertEquals(100, hundred.length());
        assertEquals(hundred, Slugs.slugify(hundred));
    }

    @Test
    void composedAndDecomposedInputGiveTheSameSlug() {
        String nfc = Normalizer.normalize("Hội nghị tổng kết Đảng ủy", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertNotEquals(nfc, nfd);
        assertEquals("hoi-nghi-tong-ket-dang-uy", Slugs.slugify(nfc));
        assertEquals("hoi-nghi-tong-ket-dang-uy", Slugs.slugify(nfd));
    }

    @Test
    void foldLowercasesAndDropsMarksButKeepsSpacing() {
        assertEquals("dang uy so noi vu", Slugs.fold("Đảng Ủy Sở Nội Vụ"));
        assertEquals("cai cach hanh chinh", Slugs.fold("Cải cách hành chính"));
        assertEquals("tin, tuc!", Slugs.fold("TIN, TỨC!"));
    }

    @Test
    void isValidAcceptsOnlyWhatSlugifyCanProduce() {
        assertTrue(Slugs.isValid("so-noi-vu"));
        assertTrue(Slugs.isValid("2024"));
        assertTrue(Slugs.isValid("a".repeat(100)));
        assertFalse(Slugs.isValid(""));
        assertFalse(Slugs.isValid("a".repeat(101)));
        assertFalse(Slugs.isValid("So-noi-vu"));
        assertFalse(Slugs.isValid("-a"));
        assertFalse(Slugs.isValid("a-"));
        assertFalse(Slugs.isValid("a--b"));
        assertFalse(Slugs.isValid("a_b"));
        assertFalse(Slugs.isValid("sở"));
        assertFalse(Slugs.isValid("../../etc/passwd"));
    }
}
