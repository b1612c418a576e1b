package vn.gov.noivu.bantin.photos;

import java.util.List;

/**
 * What was made of one picture: its upright size in pixels, and its files. The bytes of each file are
 * null when only the description was read back from the cache (a check, or a page that names the files).
 */
record Made(int width, int height, List<File> files) {
    /** What a file is for: a size of the picture, a thumbnail of the lists, or the picture shared on social networks and in feeds. */
    enum Role { SIZE, THUMBNAIL, SHARE }

    /** One file: its role, format ("jpg" or "webp"), size in pixels, length and bytes. */
    record File(Role role, String format, int width, int height, long length, byte[] bytes) {
        File withoutBytes() {
            return new File(role, format, width, height, length, null);
        }
    }

    /** The same description without the files' bytes. */
    Made described() {
        return new Made(width, height, files.stream().map(File::withoutBytes).toList());
    }
}
