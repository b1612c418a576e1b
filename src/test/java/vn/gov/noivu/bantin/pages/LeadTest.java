package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The lead is shown once: the text's first paragraph when it starts with the summary, else the summary. */
class LeadTest {
    private static final String REST = "<p>Đoạn hai.</p>\n";

    @Test
    void aFirstParagraphThatIsTheSummaryBecomesTheLead() {
        assertEquals(new Lead("Sáng 14.1, Sở Nội vụ tổ chức hội nghị.", REST),
                Lead.of("Sáng 14.1, Sở Nội vụ tổ chức hội nghị.", "<p>Sáng 14.1, Sở Nội vụ tổ chức hội nghị.</p>\n" + REST));
    }

    @Test
    void aFirstParagraphThatGoesOnAfterTheSummaryIsTheLeadWhole() {
        assertEquals(new Lead("Sáng 10/1, Sở tổ chức hội nghị tổng kết công tác năm 2023. Câu sau.", REST),
                Lead.of("Sáng 10/1, Sở tổ chức hội nghị tổng kết.",
                        "<p>Sáng 10/1, Sở tổ chức hội nghị tổng kết công tác năm 2023. Câu sau.</p>\n" + REST));
    }

    @Test
    void citedNumbersTheSummaryLeavesOutArePassedOverAndKeptInTheLead() {
        String first = "UBND tỉnh ban hành kế hoạch (<a href=\"/van-ban/kh.html\">15/KH-UBND</a>), kế hoạch kiểm tra năm 2014"
                + " (<a href=\"/van-ban/kt.html\">16/KH-UBND</a>). Các kế hoạch đã xác định mục tiêu.";
        assertEquals(new Lead(first, REST),
                Lead.of("UBND tỉnh ban hành kế hoạch, kế hoạch kiểm tra năm 2014.", "<p>" + first + "</p>\n" + REST));
    }

    @Test
    void caseEntitiesAndEmphasisDoNotMatterButEveryOtherWordDoes() {
        assertEquals(new Lead("Hội nghị <strong>A &amp; B</strong>", ""), Lead.of("hội nghị A & B", "<p>Hội nghị <strong>A &amp; B</strong></p>"));
        String body = "<p>Hội nghị <em>mở rộng</em> A &amp; B</p>\n" + REST;
        assertEquals(new Lead(null, body), Lead.of("Hội nghị A & B", body));
    }

    @Test
    void aSummaryTheTextDoesNotStartWithIsTheLeadAndTheTextIsWhole() {
        String body = "<p>Năm 2013, công tác đào tạo được chú trọng.</p>\n" + REST;
        assertEquals(new Lead(null, body), Lead.of("Sáng 14.1, Sở Nội vụ tổ chức hội nghị.", body));
        assertEquals(new Lead(null, body), Lead.of("Năm 2013, công tác đào tạo được chú trọng và nâng cao.", body));
        assertEquals(new Lead(null, body), Lead.of("", body));
        String heading = "<h2>Chức năng</h2>\n" + REST;
        assertEquals(new Lead(null, heading), Lead.of("Chức năng", heading));
    }
}
