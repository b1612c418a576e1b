package vn.gov.noivu.bantin.desk;

import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.source.SourceWriter;

/**
 * The editors' desk: Decap CMS at {@code quan-tri/}, served from the site itself, with a configuration made from the
 * site ({@link DeskConfig}). A site has one when its settings name a Git host ({@code desk.backend}); the build then
 * writes the desk's files beside the pages ({@link #write}), and {@code serve} offers the same desk on the working copy
 * ({@link LocalBackend}). See docs/desk.md.
 */
public final class Desk {
    private static final String SCRIPT = "ban-tin.js";

    private Desk() {
    }

    /**
     * A site that asks for a desk needs the Decap CMS this tool carries: without it (a tool built before {@code npm ci}
     * in desk/) the build stops here, addressed at the setting, rather than publish a site whose desk is missing.
     */
    public static void check(SiteConfig config, List<ContentError> errors) {
        check(config, Cms.find(), errors);
    }

    /** As {@link #check(SiteConfig, List)}, with the Decap CMS this tool carries given (a test's tool without one). */
    static void check(SiteConfig config, Optional<Cms> cms, List<ContentError> errors) {
        if (config.desk() != null && cms.isEmpty()) {
            errors.add(ContentError.of(SiteConfig.FILE, config.line("desk.backend"), "desk.backend", Message.of("desk.noCms"),
                    Message.of("hint.desk.noCms")));
        }
    }

    /** Writes the desk's files under {@code out} (none without a desk); returns their paths in it. */
    public static List<String> write(SiteConfig config, Path out) throws IOException {
        if (config.desk() == null) {
            return List.of();
        }
        Cms cms = Cms.find().orElseThrow(() -> new IllegalStateException("Desk.check lets no site without Decap CMS this far"));
        Path folder = Files.createDirectories(out.resolve(Urls.DESK));
        List<String> written = new ArrayList<>();
        written.add(text(out, "index.html", DeskPage.html(config, cms, policy(config.desk()))));
        written.add(text(out, "config.yml", DeskConfig.yaml(config, Optional.empty())));
        written.add(text(out, SCRIPT, script(config)));
        for (String name : cms.files) {
            Files.write(folder.resolve(name), cms.bytes(name));
            written.add(Urls.DESK + name);
        }
        return written;
    }

    private static String text(Path out, String name, String text) throws IOException {
        Files.writeString(out.resolve(Urls.DESK).resolve(name), text, StandardCharsets.UTF_8);
        return Urls.DESK + name;
    }

    /**
     * The desk's configuration as {@code serve} gives it: the site's, plus Decap's local backend at {@code api} (the
     * preview's own address), which Decap uses instead of the Git host when the page comes from 127.0.0.1.
     */
    public static String localConfig(SiteConfig config, URI api) {
        return DeskConfig.yaml(config, Optional.of(api));
    }

    /**
     * The Content-Security-Policy the desk's page needs, and no more: Decap validates its configuration with code it
     * compiles ('unsafe-eval'), styles its screens inline ('unsafe-inline'), shows pictures being uploaded as blob: and
     * data: addresses, and talks to the Git host's API; nothing else leaves the site. The page carries it itself (a
     * static host such as GitLab Pages sends no headers); deploy/nginx.conf sends the same for {@code /quan-tri/}.
     */
    public static String policy(SiteConfig.Desk desk) {
        return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "connect-src 'self' blob: " + DeskConfig.apiOrigin(desk) + "; object-src 'none'; base-uri 'self'; form-action 'self'";
    }

    /** The generated part of the desk's script, then its code (the resource ban-tin.js). */
    private static String script(SiteConfig config) throws IOException {
        Language vi = Language.VI;
        StringBuilder credits = new StringBuilder("{");
        for (Map.Entry<String, String> c : ContentLoader.CREDITS.entrySet()) {
            credits.append(credits.length() > 1 ? ", " : "").append(json(c.getKey())).append(": ").append(json(c.getValue()));
        }
        credits.append('}');
        String required = "%{fieldLabel}: " + Message.of("field.empty").in(vi);
        String data = "var BAN_TIN = {\"base\": " + json(config.basePath()) + ", \"credits\": " + credits + ",\n"
                + "  \"imageAlt\": " + json(Message.of("desk.label.image_alt").in(vi) + ": " + Message.of("image.noAlt").in(vi))
                + ",\n  \"tooManyTags\": " + json(Message.of("desk.label.tags").in(vi) + ": "
                        + Message.of("hint.article.tooManyTags", ContentLoader.MAX_TAGS).in(vi))
                + ",\n  \"phrases\": {\"editor\": {\"editorControlPane\": {\"widget\": {\"required\": " + json(required)
                + ", \"regexPattern\": " + json("%{fieldLabel}: %{pattern}") + "}}}}};\n";
        try (var in = Desk.class.getResourceAsStream(SCRIPT)) {
            return "// " + Message.of("desk.generated").in(vi) + "\n" + data + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String json(String s) {
        // jsonStringEnc also escapes "</" and control characters, so the text is safe anywhere in a script.
        return "\"" + StringUtil.jsonStringEnc(s) + "\"";
    }

    /**
     * {@code raw}, a file of the desk's collections as Decap wrote it ({@code path} from the site root), written again the
     * way {@code new} and the editors' guide write files ({@link SourceWriter}): the same fields and values, in the
     * project's quoting, composed (NFC), under the comment lines that opened the file it replaces ({@code was}, null for
     * a new file), which Decap does not keep. Empty, with the reason in {@code errors}, when it cannot be read.
     */
    public static Optional<String> restyle(SiteConfig config, String path, String raw, String was, List<ContentError> errors) {
        Optional<DeskConfig.Collection> collection = DeskConfig.of(DeskConfig.collections(config), path);
        if (collection.isEmpty()) {
            return Optional.of(raw);
        }
        boolean data = path.endsWith(".yaml");
        List<String> comments = was == null ? List.of()
                : SourceWriter.read(path, was, data, new ArrayList<>()).map(SourceWriter.Read::comments).orElse(List.of());
        SourceWriter.Styles styles = DeskConfig.styles(collection.get());
        return SourceWriter.read(path, raw, data, errors).map(r -> data ? SourceWriter.data(comments, r.fields(), styles)
                : SourceWriter.page(comments, r.fields(), styles, r.body()));
    }

    /**
     * True for a path the desk may write (from the site root, '/'-separated): a file of one of its collections, of the
     * kind the collection holds, or a picture or attachment in the folders its forms upload to. Nothing else (settings,
     * templates, the repository's own files) can be changed through it.
     */
    public static boolean writable(SiteConfig config, String path) {
        if (path.contains("\\") || path.startsWith("/") || List.of(path.split("/")).stream().anyMatch(p -> p.isEmpty()
                || p.startsWith("."))) {
            return false;
        }
        for (DeskConfig.Collection c : DeskConfig.collections(config)) {
            if (path.startsWith(c.folder() + "/") && path.endsWith("." + c.options().get("extension"))) {
                return true;
            }
        }
        return path.startsWith(media(DeskConfig.IMAGES)) || path.startsWith(media(DeskConfig.ATTACHMENTS));
    }

    /** The fixed part of a media folder template: "assets/images/". */
    private static String media(String template) {
        return template.substring(0, template.indexOf('{'));
    }
}
