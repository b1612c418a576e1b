package vn.gov.noivu.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.pipeline.Pipeline;

/**
 * The search index of the {@code basic} fixture, whole (published articles newest first, then the pages, text
 * JSON-escaped), and of the portal fixture's documents: published only, newest first.
 */
class SearchIndexTest {
    @Test
    void indexListsPublishedArticlesNewestFirstThenPagesWithTagAndCategoryNumbers() {
        Path out = BuiltSites.basic();
        assertEquals("""
                {"version":2,
                "categories":["Tin hoạt động","Cải cách hành chính","Thi đua khen thưởng","Văn thư lưu trữ","Tôn giáo","Công chức viên chức","Chính quyền địa phương","Thông báo"],
                "tags":["<b>đậm<\\/b>","cải cách hành chính","công chức","Sở Nội vụ","tuyển dụng"],
                "items":[
                ["tin-tuc/ke-hoach-cai-cach.html","Kế hoạch cải cách hành chính năm 2024","UBND tỉnh ban hành kế hoạch cải cách hành chính năm 2024.","2024-01-12",1,[1]],
                ["tin-tuc/tuyen-dung-cong-chuc.html","Tuyển dụng công chức năm 2024","","2024-01-12",5,[4,2]],
                ["tin-tuc/hoi-nghi-tong-ket.html","Hội nghị tổng kết công tác năm 2023","Sáng 10/1, Sở Nội vụ tổ chức hội nghị tổng kết.","2024-01-10",0,[1,3]],
                ["tin-tuc/tieu-de-nguy-hiem.html","<script>alert(1)<\\/script> A & B \\"trích dẫn\\"","Tóm tắt <img src=x onerror=alert(1)> & hết.","2024-01-05",7,[0]]
                ],
                "pages":[
                ["gioi-thieu.html","Giới thiệu","Giới thiệu chung về Sở."]
                ],
                "documents":[
                ]}
                """, TestSites.read(out.resolve("search-index.json")));
    }

    @Test
    void documentsOfTheRegistryAreIndexedWhenPublishedNewestFirst(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        assertTrue(Pipeline.run(new Pipeline.Options(TestSites.copy("portal", tmp), out, TestSites.NOW)).ok());
        String index = TestSites.read(out.resolve("search-index.json"));
        // 99/TB-SNV is dated the day after the build's clock: not published yet, not searchable.
        assertEquals("""
                "documents":[
                ["van-ban/nd-30-2020.html","30/2020/NĐ-CP","Nghị định","2020-03-05","Chính phủ","Về công tác văn thư","Văn thư lưu trữ"],
                ["van-ban/kh-cchc-2020.html","20/KH-UBND","Kế hoạch","2020-01-15","Ủy ban nhân dân tỉnh","Cải cách hành chính năm 2020 <thử & nghiệm>","Cải cách hành chính"],
                ["van-ban/nd-108-2014.html","108/2014/NĐ-CP","Nghị định","2014-11-20","Chính phủ","Về chính sách tinh giản biên chế","Tổ chức bộ máy và biên chế"]
                ]}
                """, index.substring(index.indexOf("\"documents\"")));
    }

    @Test
    void theScriptIsShippedBesideTheIndex() {
        String script = TestSites.read(BuiltSites.basic().resolve("js/tim-kiem.js"));
        assertEquals(TestSites.read(TestSites.repo().resolve("src/main/resources/vn/gov/noivu/bantin/search/tim-kiem.js")), script);
    }
}
