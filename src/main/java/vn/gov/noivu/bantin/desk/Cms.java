package vn.gov.noivu.bantin.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decap CMS as the tool carries it: the files of its {@code dist/} folder that the Maven build copies from
 * {@code desk/node_modules/decap-cms} (installed by {@code npm ci} in {@code desk/}, pinned by its lock file), beside
 * its {@code package.json}. A tool built before Decap CMS was installed has none of them.
 */
final class Cms {
    /** Where the build puts them, on the class path. */
    private static final String FOLDER = "decap-cms/";
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LICENSE = Pattern.compile("\"license\"\\s*:\\s*\"([^\"]+)\"");
    /** The script the desk's page loads; the others are the pieces it loads itself from beside it. */
    static final String SCRIPT = "decap-cms.js";

    private static volatile Optional<Cms> found;

    /** Decap CMS's version and licence, as its package.json says, and its files: name in the desk's folder, then resource. */
    final String version;
    final String license;
    final List<String> files;

    private Cms(String version, String license, List<String> files) {
        this.version = version;
        this.license = license;
        this.files = files;
    }

    /** The Decap CMS this tool carries, or empty when it was built without it. */
    static Optional<Cms> find() {
        Optional<Cms> cms = found;
        if (cms == null) {
            cms = load();
            found = cms;
        }
        return cms;
    }

    private static Optional<Cms> load() {
        URL manifest = Cms.class.getResource(FOLDER + "package.json");
        URL script = Cms.class.getResource(FOLDER + "dist/" + SCRIPT);
        if (manifest == null || script == null) {
            return Optional.empty();
        }
        try {
            String json = read(FOLDER + "package.json");
            Matcher version = VERSION.matcher(json);
            Matcher license = LICENSE.matcher(json);
            return Optional.of(new Cms(version.find() ? version.group(1) : "", license.find() ? license.group(1) : "",
                    list(script.toURI())));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the Decap CMS files of this tool cannot be read", e);
        }
    }

    /** The names of the files in the folder of {@code script} (a folder of target/classes, or inside the jar). */
    private static List<String> list(URI script) throws IOException {
        if (script.getScheme().equals("jar")) {
            FileSystem zip;
            try {
                zip = FileSystems.newFileSystem(script, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                zip = FileSystems.getFileSystem(script);
            }
            return names(zip.provider().getPath(script).getParent());
        }
        return names(Path.of(script).getParent());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The bytes of one of {@link #files}. */
    byte[] bytes(String name) {
        try (InputStream in = Cms.class.getResourceAsStream(FOLDER + "dist/" + name)) {
            if (in == null) {
                throw new IOException("missing from the tool: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Cms.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
