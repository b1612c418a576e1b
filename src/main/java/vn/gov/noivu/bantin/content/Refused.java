package vn.gov.noivu.bantin.content;

import vn.gov.noivu.bantin.base.ContentError;

/**
 * Why {@code new} or {@code publish} wrote nothing: the error, and whether it is the content's state that
 * refused (another file has the address, the file is not a draft) rather than what the editor typed.
 */
public final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ContentError error;
    private final boolean byContent;

    Refused(ContentError error, boolean byContent) {
        super(error.toString(), null, false, false);
        this.error = error;
        this.byContent = byContent;
    }

    public ContentError error() {
        return error;
    }

    /** The content refused it (exit 1), not the command line (exit 2). */
    public boolean byContent() {
        return byContent;
    }
}
