package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TestSites;

/** The five seed articles as readers get them: the lead once, and the byline as each source gives it. */
class SeedArticlesTest {
    private static Document page(String slug) {
        Path out = BuiltSites.seed();
        return Jsoup.parse(TestSites.read(out.resolve("tin-tuc/" + slug + ".html")));
    }

    /** How often {@code words} occur in {@code text}. */
    private static int count(String text, String words) {
        return text.split(java.util.regex.Pattern.quote(words), -1).length - 1;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "so-noi-vu-trien-khai-cong-tac-nam-2014 | Sáng 14.1, Sở Nội vụ đã tổ chức Hội nghị tổng kết | Tin, ảnh: Trịnh Phương",
        "nam-2014-tiep-tuc-thuc-hien-hieu-qua-cac-nhiem-vu-cai-cach-hanh-chinh-va-tao-buoc-dot-pha"
                + " | Ngay từ đầu năm, UBND tỉnh đã ban hành | M.T",
        "ra-soat-loai-khoi-bo-may-nhung-can-bo-yeu-kem | Sáng 8-6, đồng chí Nguyễn Hồng Lĩnh | Phúc Lưu",
        "so-noi-vu-so-ket-cong-tac-6-thang-dau-nam | Chiều nay (26/7), Sở Nội vụ tổ chức | Minh Đức – Hoàng Như",
        "can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh | Chiều ngày 11-1, ông Đồng Văn Thanh | Tin, ảnh: Trường Sơn"})
    void theLeadIsShownOnceAndTheBylineSaysWhatTheSourceSays(String slug, String leadStart, String byline) {
        Document p = page(slug);
        String article = p.selectFirst("article.article").text();
        assertEquals(1, count(article, leadStart), "the lead's words in the article");
        assertEquals(List.of(leadStart), p.select("article.article p.lead").eachText().stream()
                .map(t -> t.substring(0, leadStart.length())).toList());
        assertEquals(0, count(p.selectFirst("article.article div.body").text(), leadStart), "the lead's words in the text");
        assertEquals(List.of(byline), p.select("article.article p.byline").eachText());
    }
}
