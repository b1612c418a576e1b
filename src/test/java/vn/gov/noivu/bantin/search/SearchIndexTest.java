package vn.gov.noivu.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TestSites;

/** The search index of the {@code basic} fixture, whole: published items only, newest first, pages last, text JSON-escaped. */
class SearchIndexTest {
    @Test
    void indexListsPublishedArticlesNewestFirstThenPagesWithTagAndCategoryNumbers() {
        Path out = BuiltSites.basic();
        assertEquals("""
                {"version":1,
                "categories":["Tin hoạt động","Cải cách hành chính","Thi đua khen thưởng","Văn thư lưu trữ","Tôn giáo","Công chức viên chức","Chính quyền địa phương","Thông báo"],
                "tags":["<b>đậm<\\/b>","cải cách hành chính","công chức","Sở Nội vụ","tuyển dụng"],
                "items":[
                ["tin-tuc/ke-hoach-cai-cach.html","Kế hoạch cải cách hành chính năm 2024","UBND tỉnh ban hành kế hoạch cải cách hành chính năm 2024.","2024-01-12",1,[1]],
                ["tin-tuc/tuyen-dung-cong-chuc.html","Tuyển dụng công chức năm 2024","","2024-01-12",5,[4,2]],
                ["tin-tuc/hoi-nghi-tong-ket.html","Hội nghị tổng kết công tác năm 2023","Sáng 10/1, Sở Nội vụ tổ chức hội nghị tổng kết.","2024-01-10",0,[1,3]],
                ["tin-tuc/tieu-de-nguy-hiem.html","<script>alert(1)<\\/script> A & B \\"trích dẫn\\"","Tóm tắt <img src=x onerror=alert(1)> & hết.","2024-01-05",7,[0]],
                ["gioi-thieu.html","Giới thiệu","Giới thiệu chung về Sở.","",-1,[]]
                ]}
                """, TestSites.read(out.resolve("search-index.json")));
    }

    @Test
    void theScriptIsShippedBesideTheIndex() {
        String script = TestSites.read(BuiltSites.basic().resolve("js/tim-kiem.js"));
        assertEquals(TestSites.read(TestSites.repo().resolve("src/main/resources/vn/gov/noivu/bantin/search/tim-kiem.js")), script);
    }
}
