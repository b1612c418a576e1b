package vn.gov.noivu.bantin.vanban;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.base.Suggest;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.markdown.Markdown;
import vn.gov.noivu.bantin.source.Fields;
import vn.gov.noivu.bantin.source.Source;

/**
 * Reads one document file in two steps: the front matter first, so every number is known, then the text,
 * which may cite other documents by number. Problems go to the file's own error list.
 */
final class DocumentReader {
    static final Set<String> FIELDS = Set.of("so_ky_hieu", "loai", "ngay_ban_hanh", "co_quan_ban_hanh", "nguoi_ky",
            "trich_yeu", "linh_vuc", "hieu_luc", "tep");
    private static final Set<String> IN_FORCE = Set.of("tu", "den");
    /** Attachment formats by extension, with the bytes each file type starts with. */
    static final Map<String, byte[]> SIGNATURES = Map.of("pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "docx", new byte[] {'P', 'K', 3, 4});

    final Source.Page page;
    final List<ContentError> errors;
    final String slug;
    final String number;
    private final String type;
    private final LocalDate date;
    private final String issuer;
    private final String signer;
    private final String summary;
    private final String field;
    private LocalDate inForceFrom;
    private LocalDate inForceUntil;
    private final Attachment attachment;

    /** Reads the front matter of {@code page}, whose fields report to {@code errors}; {@code assets} are those of {@code root}. */
    DocumentReader(Path root, Source.AssetNames assets, List<String> fields, Source.Page page, List<ContentError> errors) {
        this.page = page;
        this.errors = errors;
        Fields f = page.fields();
        f.rejectUnknown(FIELDS, key -> Fields.allowedHint(FIELDS));
        this.slug = slug(page.path(), f);
        this.number = number(f);
        this.type = oneOf(f, "loai", Registry.TYPES, Message.of("document.types"),
                Message.of("hint.document.types", String.join(", ", Registry.TYPES)));
        this.date = f.day("ngay_ban_hanh", true).orElse(null);
        this.issuer = f.text("co_quan_ban_hanh", true, "co_quan_ban_hanh: \"Chính phủ\"").orElse("");
        this.signer = f.text("nguoi_ky", true, "nguoi_ky: \"Nguyễn Tấn Dũng\"").orElse("");
        this.summary = f.text("trich_yeu", true, "trich_yeu: \"Về chính sách tinh giản biên chế\"").orElse("");
        this.field = fields.isEmpty() ? undeclaredField(f)
                : oneOf(f, "linh_vuc", fields, Message.of("document.fields"), Message.of("hint.document.fields", String.join(", ", fields)));
        f.group("hieu_luc", "hieu_luc: {tu: 2015-01-10}").ifPresent(this::inForce);
        this.attachment = attachment(root, assets, f);
    }

    /** The document, with its text rendered by {@code markdown} (which knows every number); null if the file has errors. */
    LegalDocument finish(Markdown markdown) {
        Markdown.Result text = markdown.render(page.path(), page.body(), page.bodyLine(), Urls.document(slug));
        errors.addAll(text.errors());
        if (ContentError.anyError(errors)) {
            return null;
        }
        return new LegalDocument(page.path(), slug, number, type, date, issuer, signer, summary, field, inForceFrom,
                inForceUntil, attachment, text.html(), text.links());
    }

    private static String slug(String path, Fields f) {
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
        String slug = Slugs.slugify(name);
        if (slug.isEmpty()) {
            f.error("", Message.of("file.nameNoAddress"), Message.of("hint.document.rename"));
        } else if (slug.matches("trang-[0-9]+")) {
            f.error("", Message.of("document.listAddress", Urls.DOCUMENTS + slug + ".html"), Message.of("hint.document.rename"));
        }
        return slug;
    }

    private static String number(Fields f) {
        String number = f.text("so_ky_hieu", true, "so_ky_hieu: \"108/2014/NĐ-CP\"").orElse(null);
        if (number != null && !Registry.NUMBER.matcher(number).matches()) {
            f.error("so_ky_hieu", Message.of("document.bracket", number), Message.of("hint.document.number"));
            return null;
        }
        return number;
    }

    /** A value that must be one of {@code allowed} (named {@code what} in the message): "did you mean", else {@code otherwise}. */
    private static String oneOf(Fields f, String key, List<String> allowed, Message what, Message otherwise) {
        String value = f.text(key, true, key + ": \"" + allowed.get(0) + "\"").orElse(null);
        if (value == null || allowed.contains(value)) {
            return value;
        }
        Message hint = Suggest.closest(value, allowed).map(v -> Message.of("hint.didYouMean", v)).orElse(otherwise);
        f.error(key, Message.of("document.notOneOf", value, what), hint);
        return null;
    }

    private static String undeclaredField(Fields f) {
        f.error("linh_vuc", Message.of("document.noFields"), Message.of("hint.document.noFields"));
        return null;
    }

    private void inForce(Fields g) {
        g.rejectUnknown(IN_FORCE, key -> Message.of("hint.document.inForce"));
        inForceFrom = g.day("tu", true).orElse(null);
        inForceUntil = g.day("den", false).orElse(null);
        if (inForceFrom != null && inForceUntil != null && inForceUntil.isBefore(inForceFrom)) {
            g.error("den", Message.of("document.endBeforeStart", LegalDocument.dayText(inForceFrom)), Message.of("hint.document.end"));
        }
    }

    private static Attachment attachment(Path root, Source.AssetNames assets, Fields f) {
        String path = f.text("tep", false, "tep: files/van-ban/2014/nd-108-2014.pdf").orElse(null);
        if (path == null) {
            return null;
        }
        if (!Source.isAssetPath(path)) {
            f.error("tep", Message.of("asset.notInside", path), Message.of("hint.document.file"));
            return null;
        }
        String ext = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        byte[] signature = SIGNATURES.get(ext);
        if (signature == null) {
            f.error("tep", Message.of("document.fileType", path), Message.of("hint.document.fileType"));
            return null;
        }
        if (!Source.isAsset(root, path)) {
            f.error("tep", Message.of("asset.missing", "assets/" + path), assets.closest(path)
                    .map(near -> Message.of("hint.link.didYouMean", near)).orElse(Message.of("hint.document.missing")));
            return null;
        }
        Path file = root.resolve("assets").resolve(path);
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(signature.length), signature)) {
                f.error("tep", Message.of("document.notThatType", "assets/" + path, ext.toUpperCase(Locale.ROOT)),
                        Message.of("hint.document.saveAs", ext.toUpperCase(Locale.ROOT)));
                return null;
            }
            return new Attachment(path, ext.toUpperCase(Locale.ROOT), Files.size(file));
        } catch (IOException e) {
            f.error("tep", Message.of("asset.unreadable", "assets/" + path, e.getMessage()), Message.of("hint.document.copyAgain"));
            return null;
        }
    }
}
