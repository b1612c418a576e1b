package vn.gov.noivu.bantin.vanban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.markdown.Markdown;
import vn.gov.noivu.bantin.site.Section;

/** Guards reading the documents registry: every field, every mistake with its exact message, the lists. */
class RegistryTest {
    static final String FILE = "content/van-ban/2014/nd-108-2014.md";
    static final String PDF = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

    @TempDir
    Path root;
    final List<ContentError> errors = new ArrayList<>();

    /** The front matter of Nghị định 108/2014/NĐ-CP with {@code replace} pairs applied (old line, new line). */
    static String document(String... replace) {
        String text = """
                ---
                so_ky_hieu: "108/2014/NĐ-CP"
                loai: "Nghị định"
                ngay_ban_hanh: 2014-11-20
                co_quan_ban_hanh: "Chính phủ"
                nguoi_ky: "Thủ tướng Nguyễn Tấn Dũng"
                trich_yeu: "Về chính sách tinh giản biên chế"
                linh_vuc: "Tổ chức bộ máy và biên chế"
                tep: files/van-ban/nd-108-2014.pdf
                ---

                Văn bản mẫu.
                """;
        for (int i = 0; i < replace.length; i += 2) {
            assertTrue(text.contains(replace[i]), replace[i]);
            text = text.replace(replace[i], replace[i + 1]);
        }
        return text;
    }

    RegistryTest write(String rel, String text) {
        TestSites.write(root, rel, text);
        return this;
    }

    Optional<Registry> load(String fields) {
        write("jbake.properties", "site.title=Sở Nội vụ\nsite.url=https://sonoivu.example.gov.vn/\nsite.categories=Tin hoạt động\n"
                + fields);
        SiteConfig config = SiteConfig.load(root, errors);
        assertEquals(List.of(), strings());
        return Registry.load(root, config, new Markdown("/"), TestSites.NOW, errors);
    }

    Optional<Registry> load() {
        return load("documents.fields=Tổ chức bộ máy và biên chế, Văn thư lưu trữ, Cải cách hành chính\n");
    }

    /** Loads {@code text} as the only document (with its PDF) and returns the errors, as the build prints them. */
    List<String> errorsOf(String text) {
        write(FILE, text).write("assets/files/van-ban/nd-108-2014.pdf", PDF);
        load();
        return strings();
    }

    List<String> strings() {
        return errors.stream().sorted().map(TestSites::en).toList();
    }

    @Test
    void noFolderNoRegistry() {
        assertEquals(Optional.empty(), load());
    }

    @Test
    void everyFieldIsRead() {
        write(FILE, document("tep: files", "hieu_luc:\n  tu: 2015-01-10\ntep: files"))
                .write("assets/files/van-ban/nd-108-2014.pdf", PDF);
        Registry registry = load().orElseThrow();
        assertEquals(List.of(), strings());
        LegalDocument d = registry.documents().get(0);
        assertEquals("Nghị định số 108/2014/NĐ-CP", d.title());
        assertEquals("van-ban/nd-108-2014.html", d.url());
        assertEquals(LocalDate.of(2014, 11, 20), d.date());
        assertEquals("20/11/2014", d.dateText());
        assertEquals("Chính phủ", d.issuer());
        assertEquals("Thủ tướng Nguyễn Tấn Dũng", d.signer());
        assertEquals("Về chính sách tinh giản biên chế", d.summary());
        assertEquals("van-ban/linh-vuc/to-chuc-bo-may-va-bien-che/", d.fieldUrl());
        assertEquals("van-ban/loai/nghi-dinh/", d.typeUrl());
        assertEquals("10/01/2015", d.inForceFromText());
        assertEquals("", d.inForceUntilText());
        assertEquals(new Attachment("files/van-ban/nd-108-2014.pdf", "PDF", PDF.length()), d.attachment());
        assertEquals("<p>Văn bản mẫu.</p>\n", d.bodyHtml());
        assertEquals(Map.of("108/2014/NĐ-CP", "van-ban/nd-108-2014.html"), registry.citations());
        assertEquals(Registry.TYPES.get(0), "Luật");
    }

    @Test
    void missingRequiredField() {
        assertEquals(List.of(FILE + ":1: trich_yeu: missing (add a line like trich_yeu: \"Về chính sách tinh giản biên chế\")"),
                errorsOf(document("trich_yeu: \"Về chính sách tinh giản biên chế\"\n", "")));
    }

    @Test
    void misspelledFieldSuggestsTheRightOne() {
        assertEquals(List.of(FILE + ":6: nguoi_ki: unknown field (did you mean `nguoi_ky`?)"),
                errorsOf(document("nguoi_ky:", "nguoi_ki:")));
    }

    @Test
    void dateMustBeADay() {
        assertEquals(List.of(FILE + ":4: ngay_ban_hanh: cannot read \"20/11/2014\" (write the year first, then the month, then the day: 2014-11-20)"),
                errorsOf(document("ngay_ban_hanh: 2014-11-20", "ngay_ban_hanh: 20/11/2014")));
        errors.clear();
        assertEquals(List.of(FILE + ":4: ngay_ban_hanh: \"2014-02-30\": month 2 of 2014 has no day 30 (month 2/2014 has 28 days, "
                + "the last written 2014-02-28)"),
                errorsOf(document("ngay_ban_hanh: 2014-11-20", "ngay_ban_hanh: 2014-02-30")));
        assertEquals(FILE + ":4: ngay_ban_hanh: \"2014-02-30\": tháng 2 năm 2014 không có ngày 30 (tháng 2/2014 có 28 ngày, "
                + "ngày cuối tháng viết là 2014-02-28)",
                errors.get(0).toString());
    }

    @Test
    void typeMustBeOneOfTheList() {
        assertEquals(List.of(FILE + ":3: loai: \"Nghi dinh\" is not one of the types of document (did you mean \"Nghị định\"?)"),
                errorsOf(document("loai: \"Nghị định\"", "loai: \"Nghi dinh\"")));
        errors.clear();
        assertEquals(List.of(FILE + ":3: loai: \"Tờ trình\" is not one of the types of document (the types are: Luật, Nghị quyết, "
                        + "Nghị định, Quyết định, Chỉ thị, Thông tư, Kế hoạch, Hướng dẫn, Thông báo, Công văn, Báo cáo)"),
                errorsOf(document("loai: \"Nghị định\"", "loai: \"Tờ trình\"")));
    }

    @Test
    void fieldMustBeDeclaredInTheSettings() {
        assertEquals(List.of(FILE + ":8: linh_vuc: \"Tổ chức bộ máy\" is not one of the site's lĩnh vực (the lĩnh vực of documents.fields "
                        + "in jbake.properties are: Tổ chức bộ máy và biên chế, Văn thư lưu trữ, Cải cách hành chính)"),
                errorsOf(document("linh_vuc: \"Tổ chức bộ máy và biên chế\"", "linh_vuc: \"Tổ chức bộ máy\"")));
        errors.clear();
        write(FILE, document()).write("assets/files/van-ban/nd-108-2014.pdf", PDF);
        load("");
        assertEquals(List.of(FILE + ":8: linh_vuc: the site declares no lĩnh vực (list them in jbake.properties, e.g. "
                + "documents.fields=Cải cách hành chính, Văn thư, lưu trữ)"), strings());
    }

    @Test
    void attachmentMustExistAndBeWhatItsNameSays() {
        write(FILE, document("nd-108-2014.pdf", "nd-108.pdf"));
        load();
        assertEquals(List.of(FILE + ":9: tep: assets/files/van-ban/nd-108.pdf does not exist "
                + "(copy the file there or correct the path (letters and case must match))"), strings());
        errors.clear();
        write("assets/files/van-ban/nd-108.pdf", "<html>không phải PDF</html>");
        load();
        assertEquals(List.of(FILE + ":9: tep: assets/files/van-ban/nd-108.pdf is not a PDF file (its content is something else) "
                + "(save the document again as PDF)"), strings());
        errors.clear();
        assertEquals(List.of(FILE + ":9: tep: \"files/van-ban/nd-108-2014.doc\" is not a PDF or DOCX file (attach the document as .pdf (or .docx))"),
                errorsOf(document(".pdf", ".doc")));
        errors.clear();
        assertEquals(List.of(FILE + ":9: tep: \"/files/van-ban/nd-108-2014.pdf\" must be a path inside assets/ "
                        + "(write it like files/van-ban/2014/nd-108-2014.pdf (without assets/))"),
                errorsOf(document("tep: files", "tep: /files")));
    }

    @Test
    void docxIsRecognisedByItsZipSignature() {
        write(FILE, document(".pdf", ".docx"));
        try {
            Files.createDirectories(root.resolve("assets/files/van-ban"));
            Files.write(root.resolve("assets/files/van-ban/nd-108-2014.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attachment a = load().orElseThrow().documents().get(0).attachment();
        assertEquals(List.of(), strings());
        assertEquals("DOCX", a.format());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", a.mime());
    }

    @Test
    void sameNumberTwiceNamesBothFiles() {
        write("content/van-ban/2014/nd-108-ban-sao.md", document("108/2014/NĐ-CP", "108/2014/ND-CP"));
        assertEquals(List.of("content/van-ban/2014/nd-108-ban-sao.md:2: so_ky_hieu: \"108/2014/ND-CP\" is already the number of " + FILE
                + " (each document has its own number: remove the copy or correct the number)"), errorsOf(document()));
    }

    @Test
    void sameFileNameInTwoFoldersIsOneAddress() {
        write("content/van-ban/2015/nd-108-2014.md", document("108/2014", "109/2014"));
        assertEquals(List.of("content/van-ban/2015/nd-108-2014.md:1: the address van-ban/nd-108-2014.html is already used by "
                + FILE + " (rename one of the two files)"), errorsOf(document()));
    }

    @Test
    void fileNamedLikeAListPageIsRefused() {
        write("content/van-ban/trang-2.md", document("108/2014", "109/2014"));
        assertEquals(List.of("content/van-ban/trang-2.md:1: the file name gives the address of a page of the list "
                + "(van-ban/trang-2.html) (rename the file, e.g. nd-108-2014.md)"), errorsOf(document()));
    }

    @Test
    void inForceUntilBeforeFromAndUnknownSubField() {
        assertEquals(List.of(FILE + ":10: hieu_luc.tu: missing (add a line like tu: 2014-11-20)",
                        FILE + ":10: hieu_luc.tu_ngay: unknown field (hieu_luc has tu (the first day in force) and den (the last))"),
                errorsOf(document("tep: files", "hieu_luc:\n  tu_ngay: 2015-01-10\ntep: files")));
        errors.clear();
        assertEquals(List.of(FILE + ":11: hieu_luc.den: is before tu (10/01/2015) (den is the last day the document is in force)"),
                errorsOf(document("tep: files", "hieu_luc:\n  tu: 2015-01-10\n  den: 2014-12-31\ntep: files")));
        errors.clear();
        assertEquals(List.of(FILE + ":9: hieu_luc: expected a group of fields, got the text \"2015-01-10\" "
                        + "(write it like hieu_luc: {tu: 2015-01-10})"),
                errorsOf(document("tep: files", "hieu_luc: 2015-01-10\ntep: files")));
    }

    @Test
    void aDocumentDatedAfterNowIsNotPublishedButCanBeCited() {
        write(FILE, document("ngay_ban_hanh: 2014-11-20", "ngay_ban_hanh: 2026-11-24")).write("assets/files/van-ban/nd-108-2014.pdf", PDF);
        Registry registry = load().orElseThrow();
        assertEquals(List.of(), strings());
        assertEquals(List.of(), registry.documents());
        assertEquals(Map.of("108/2014/NĐ-CP", "van-ban/nd-108-2014.html"), registry.citations());
        assertTrue(registry.pages().stream().noneMatch(p -> p.path().equals("van-ban/nd-108-2014.html")));
    }

    @Test
    void documentsCiteEachOtherAndUnknownNumbersAreErrors() {
        write("content/van-ban/2020/nd-30-2020.md", document("108/2014/NĐ-CP", "30/2020/NĐ-CP", "tep: files/van-ban/nd-108-2014.pdf\n", "",
                "Văn bản mẫu.", "Xem [[108/2014/NĐ-CP]] và [[1/2099/NĐ-CP]]."));
        List<String> e = errorsOf(document());
        assertEquals(List.of("content/van-ban/2020/nd-30-2020.md:11: no document has the number [[1/2099/NĐ-CP]] "
                + "(write the number exactly as the document's so_ky_hieu, e.g. [[108/2014/NĐ-CP]])"), e);
    }

    @Test
    void listsByTypeFieldAndYearNewestFirst() {
        write("content/van-ban/2020/nd-30-2020.md", document("108/2014/NĐ-CP", "30/2020/NĐ-CP", "2014-11-20", "2020-03-05",
                "Tổ chức bộ máy và biên chế", "Văn thư lưu trữ", "tep: files/van-ban/nd-108-2014.pdf\n", ""))
                .write("content/van-ban/2014/kh-15.md", document("108/2014/NĐ-CP", "15/KH-UBND", "Nghị định", "Kế hoạch",
                        "2014-11-20", "2014-01-10", "tep: files/van-ban/nd-108-2014.pdf\n", ""));
        write(FILE, document()).write("assets/files/van-ban/nd-108-2014.pdf", PDF);
        Registry registry = load().orElseThrow();
        assertEquals(List.of(), strings());
        assertEquals(List.of("30/2020/NĐ-CP", "108/2014/NĐ-CP", "15/KH-UBND"), registry.documents().stream().map(LegalDocument::number).toList());
        assertEquals(List.of("all:", "oldest:", "type:Nghị định", "type:Kế hoạch", "field:Tổ chức bộ máy và biên chế",
                        "field:Văn thư lưu trữ", "year:2020", "year:2014"),
                registry.facets().stream().map(f -> f.kind() + ":" + f.name()).toList());
        assertEquals(List.of("15/KH-UBND", "108/2014/NĐ-CP", "30/2020/NĐ-CP"),
                registry.facets().get(1).documents().stream().map(LegalDocument::number).toList());
        assertEquals(List.of("van-ban/", "van-ban/cu-nhat-truoc/", "van-ban/loai/nghi-dinh/", "van-ban/loai/ke-hoach/",
                        "van-ban/linh-vuc/to-chuc-bo-may-va-bien-che/", "van-ban/linh-vuc/van-thu-luu-tru/", "van-ban/nam/2020/",
                        "van-ban/nam/2014/", "van-ban/nd-30-2020.html", "van-ban/nd-108-2014.html", "van-ban/kh-15.html"),
                registry.pages().stream().map(Section.Page::path).toList());
        assertEquals(java.util.Set.of("van-ban/feed.xml"), registry.files());
    }

    @Test
    void sizesReadTheVietnameseWay() {
        assertEquals("812 byte", new Attachment("a.pdf", "PDF", 812).sizeText());
        assertEquals("1,4 KB", new Attachment("a.pdf", "PDF", 1434).sizeText());
        assertEquals("2,3 MB", new Attachment("a.pdf", "PDF", 2_400_000).sizeText());
    }
}
