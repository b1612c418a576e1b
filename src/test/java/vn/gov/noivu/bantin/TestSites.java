package vn.gov.noivu.bantin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Fixture sites for tests: copied into a temp folder with the repository's real templates. */
public final class TestSites {
    /** The publishing clock of every fixture build. */
    public static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-23T00:00+07:00");

    private TestSites() {
    }

    /** The repository root (Maven runs tests there). */
    public static Path repo() {
        return Path.of("").toAbsolutePath();
    }

    /** Copies src/test/resources/sites/NAME (or the repository itself for "repo"): settings, content, data, assets, plus templates/. */
    public static Path copy(String name, Path dir) {
        Path site = dir.resolve(name);
        Path from = name.equals("repo") ? repo() : repo().resolve("src/test/resources/sites").resolve(name);
        copyTree(from.resolve("content"), site.resolve("content"));
        copyTree(from.resolve("assets"), site.resolve("assets"));
        copyTree(from.resolve("data"), site.resolve("data"));
        copyTree(repo().resolve("templates"), site.resolve("templates"));
        try {
            Files.copy(from.resolve("jbake.properties"), site.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    public static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Files saved in the second before a build may have changed while it read them, so such a build leaves
     * no record for the next one to skip (build/UpToDate): this makes every file and folder changed in the
     * last two seconds two seconds old, as if changed a moment before the build. The tool is an input too:
     * the test runner's class path may hold a jar written as this JVM started, so this waits until then is
     * two seconds ago.
     */
    public static Path settle(Path site) {
        long age = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        if (age < 2000) {
            try {
                Thread.sleep(2000 - age);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        java.nio.file.attribute.FileTime twoSecondsAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(2));
        try (java.util.stream.Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                if (Files.getLastModifiedTime(p).compareTo(twoSecondsAgo) > 0) {
                    Files.setLastModifiedTime(p, twoSecondsAgo);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return site;
    }

    /** Every file under {@code dir} (relative path with '/') and the SHA-256 of its bytes. */
    public static Map<String, String> hashes(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                out.put(dir.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(digest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Relative paths of every file under {@code dir}. */
    public static List<String> files(Path dir) {
        return List.copyOf(hashes(dir).keySet());
    }

    /**
     * Every href and src of the HTML pages under {@code out} that leads to no file, as "page -> address": site
     * links must start with {@code base} ("/noivu/"); editors' relative links must resolve too.
     */
    public static List<String> brokenLinks(Path out, String base) {
        Pattern attr = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
        List<String> broken = new ArrayList<>();
        for (String file : files(out)) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Matcher m = attr.matcher(read(out.resolve(file)));
            while (m.find()) {
                String url = m.group(1);
                if (url.startsWith("https://") || url.startsWith("mailto:") || url.startsWith("#")) {
                    continue;
                }
                if (!url.startsWith(base)) {
                    if (!url.contains(":") && Files.exists(out.resolve(file).resolveSibling(url).normalize())) {
                        continue; // a relative link written by an editor
                    }
                    broken.add(file + " -> " + url);
                    continue;
                }
                String path = url.substring(base.length());
                if (path.isEmpty() || path.endsWith("/")) {
                    path += "index.html";
                }
                if (!Files.isRegularFile(out.resolve(path))) {
                    broken.add(file + " -> " + url);
                }
            }
        }
        return broken;
    }

    /** Writes a UTF-8 text file at {@code rel} under {@code root}, creating its folders. */
    /** Deletes {@code dir} and everything in it, if it exists. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void write(Path root, String rel, String text) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An error or warning in English, as maintainers read it (most tests assert this form; the invalid sites both). */
    /**
     * {@code text} as Windows saves it in code page 1258 (Notepad's "ANSI" on a Vietnamese Windows): the letters with a
     * code of their own (ă â ê ô ơ ư đ and those of Latin-1) as they are, each tone mark a code of its own after its
     * letter ("ộ" is ô, then the dot below).
     */
    public static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String d = java.text.Normalizer.normalize(nfc.substring(i, i + 1), java.text.Normalizer.Form.NFD);
            String tones = d.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            out.append(java.text.Normalizer.normalize(d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
                    java.text.Normalizer.Form.NFC)).append(tones);
        }
        try {
            java.nio.ByteBuffer b = java.nio.charset.Charset.forName("windows-1258").newEncoder().encode(java.nio.CharBuffer.wrap(out));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return bytes;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("not in code page 1258: " + text, e);
        }
    }

    public static String en(vn.gov.noivu.bantin.base.ContentError e) {
        return e.in(vn.gov.noivu.bantin.base.Language.EN);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
