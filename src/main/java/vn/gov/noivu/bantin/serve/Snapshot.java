package vn.gov.noivu.bantin.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Language;

/**
 * What the preview server shows, replaced as a whole after each rebuild: the build number the open
 * tabs compare against, the folder of the last good site (null before the first one), the errors of
 * the last rebuild (shown over every page until fixed), and the banner of each unpublished page.
 *
 * @param basePath the site's path on the server, "/" or "/noivu/"
 * @param banners  site path of a page shown only in the preview → the text of its banner
 * @param language the language of the overlay and the banners
 * @param desk     the desk's configuration as the preview offers it (its local backend), or null without a desk
 */
record Snapshot(long generation, Path output, String basePath, List<ContentError> errors, boolean configError,
                Map<String, String> banners, Language language, String desk) {
}
