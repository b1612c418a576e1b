package vn.gov.noivu.bantin.vanban;

import java.time.LocalDate;
import java.util.List;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.markdown.InternalLink;

/**
 * One validated document of the registry, as its front matter gave it. Accessors are named for
 * Freemarker ({@code doc.number}, {@code doc.title}).
 *
 * @param sourcePath   the Markdown file, from the site root
 * @param slug         the file name, transliterated: the page's address
 * @param number       số ký hiệu, e.g. "108/2014/NĐ-CP"
 * @param type         loại văn bản, one of {@link Registry#TYPES}
 * @param date         ngày ban hành
 * @param issuer       cơ quan ban hành
 * @param signer       người ký
 * @param summary      trích yếu
 * @param field        lĩnh vực, one of the site's {@code documents.fields}
 * @param inForceFrom  first day in force, or null if not given
 * @param inForceUntil last day in force, or null
 * @param attachment   the attached PDF or DOCX, or null
 * @param bodyHtml     the Markdown text below the front matter, as sanitized HTML (may be empty)
 * @param links        internal links of the text, checked with the site's
 */
public record LegalDocument(String sourcePath, String slug, String number, String type, LocalDate date, String issuer,
                            String signer, String summary, String field, LocalDate inForceFrom, LocalDate inForceUntil,
                            Attachment attachment, String bodyHtml, List<InternalLink> links) {
    /** "Nghị định số 108/2014/NĐ-CP". */
    public String title() {
        return type + " số " + number;
    }

    public String url() {
        return Urls.document(slug);
    }

    public String typeUrl() {
        return Urls.documentType(Slugs.slugify(type));
    }

    public String fieldUrl() {
        return Urls.documentField(Slugs.slugify(field));
    }

    public String yearUrl() {
        return Urls.documentYear(date.getYear());
    }

    /** "20/11/2014". */
    public String dateText() {
        return dayText(date);
    }

    public String dateIso() {
        return date.toString();
    }

    public int year() {
        return date.getYear();
    }

    public String inForceFromIso() {
        return inForceFrom == null ? "" : inForceFrom.toString();
    }

    public String inForceUntilIso() {
        return inForceUntil == null ? "" : inForceUntil.toString();
    }

    public String inForceFromText() {
        return inForceFrom == null ? "" : dayText(inForceFrom);
    }

    public String inForceUntilText() {
        return inForceUntil == null ? "" : dayText(inForceUntil);
    }

    static String dayText(LocalDate day) {
        return Dates.forReader(new Dates.Stamp(day.atStartOfDay(Dates.ZONE), false));
    }
}
