package vn.gov.noivu.bantin.vanban;

import java.util.Locale;

/**
 * The file attached to a document, a path inside {@code assets/} that the build checked exists.
 *
 * @param path   site path, e.g. "files/van-ban/2014/nd-108-2014.pdf"
 * @param format "PDF" or "DOCX"
 * @param bytes  its exact size
 */
public record Attachment(String path, String format, long bytes) {
    /** The file name readers download. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The media type, for the feed's enclosure. */
    public String mime() {
        return format.equals("PDF") ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    /** The size as readers read it, with a decimal comma: "812 byte", "1,4 KB", "2,3 MB". */
    public String sizeText() {
        if (bytes < 1024) {
            return bytes + " byte";
        }
        double kb = bytes / 1024.0;
        String text = kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
        return text.replace('.', ',');
    }
}
