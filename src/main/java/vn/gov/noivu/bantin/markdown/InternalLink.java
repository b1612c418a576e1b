package vn.gov.noivu.bantin.markdown;

/**
 * A link or image in a text that points inside the site, checked once every address is known: its
 * site path, the file line it is written on, whether it is an image, and the address as written.
 */
public record InternalLink(String target, int line, boolean image, String written) {
}
