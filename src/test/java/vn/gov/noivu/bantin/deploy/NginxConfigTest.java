package vn.gov.noivu.bantin.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.desk.Desk;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;

/**
 * deploy/nginx.conf in a real nginx (Debian's package; .ci/run installs it) on a loopback port, over
 * the seed site built into a temporary folder. Only the listen and root lines of the file are replaced.
 */
class NginxConfigTest {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    static final String ARTICLE = "tin-tuc/ra-soat-loai-khoi-bo-may-nhung-can-bo-yeu-kem.html";
    static final String IMAGE = "images/2024/01/hoi-nghi.jpg";

    @TempDir
    static Path tmp;
    static Path www;
    static Process nginx;
    static int port;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        String binary = nginxBinary();
        Path site = TestSites.copy("repo", tmp);
        Path image = site.resolve("assets").resolve(IMAGE);
        Files.createDirectories(image.getParent());
        Files.copy(TestSites.repo().resolve("src/test/resources/sites/basic/assets").resolve(IMAGE), image);
        // The same photo as an article's lead photo, under another name: its sizes are published in anh/.
        Files.copy(image, image.resolveSibling("anh-bai.jpg"));
        Path article = site.resolve("content/tin-tuc/2016/06/ra-soat-loai-khoi-bo-may-nhung-can-bo-yeu-kem.md");
        String text = Files.readString(article);
        int end = text.indexOf("\n---", 4);
        Files.writeString(article, text.substring(0, end) + "\nimage: images/2024/01/anh-bai.jpg\nimage_alt: \"Ảnh\"" + text.substring(end));
        www = tmp.resolve("www");
        Report r = Pipeline.run(new Pipeline.Options(site, www, TestSites.NOW));
        assertEquals(List.of(), r.errors());

        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path prefix = Files.createDirectories(tmp.resolve("nginx"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config(Files.readString(TestSites.repo().resolve("deploy/nginx.conf")), prefix));
        Path log = prefix.resolve("stderr.log");
        Process test = new ProcessBuilder(binary, "-t", "-p", prefix + "/", "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!test.waitFor(30, TimeUnit.SECONDS) || test.exitValue() != 0) {
            fail("nginx -t rejects deploy/nginx.conf:\n" + Files.readString(log));
        }
        nginx = new ProcessBuilder(binary, "-p", prefix + "/", "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                break;
            } catch (IOException e) {
                if (!nginx.isAlive() || System.nanoTime() > deadline) {
                    fail("nginx did not start:\n" + Files.readString(log));
                }
                Thread.sleep(50);
            }
        }
    }

    /** nginx on the PATH or where Debian puts it; missing is a failure with the fix, never a skip. */
    static String nginxBinary() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"));
        for (String dir : dirs) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "nginx");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return fail("nginx is not installed, so deploy/nginx.conf cannot be tested: install Debian's package "
                + "with `apt-get update && apt-get install -y nginx` (.ci/run does this when it is missing)");
    }

    /** The deployed server block with this test's port and site folder, in a main config of its own. */
    static String config(String serverBlock, Path prefix) {
        String server = replaceOnce(serverBlock, "    listen 80;", "    listen 127.0.0.1:" + port + ";");
        server = replaceOnce(server, "    root /var/www/bantin;", "    root " + www + ";");
        StringBuilder c = new StringBuilder();
        if ("root".equals(System.getProperty("user.name"))) {
            c.append("user root;\n"); // workers must read the test's private temporary folder
        }
        c.append("daemon off;\nmaster_process on;\nworker_processes 1;\n")
                .append("pid ").append(prefix.resolve("nginx.pid")).append(";\n")
                .append("error_log ").append(prefix.resolve("error.log")).append(";\n")
                .append("events { worker_connections 64; }\n")
                .append("http {\n    access_log off;\n");
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            c.append("    ").append(temp).append("_temp_path ").append(prefix.resolve(temp)).append(";\n");
        }
        return c.append(server).append("}\n").toString();
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            fail("deploy/nginx.conf must contain the line `" + from.strip() + "` exactly once (the test replaces it)");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy(); // SIGTERM: nginx's fast shutdown
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly().waitFor();
            }
        }
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("(none)");
    }

    static byte[] built(String sitePath) throws IOException {
        return Files.readAllBytes(www.resolve(sitePath));
    }

    static void assertSecurityHeaders(HttpResponse<?> r) {
        assertEquals(CSP, header(r, "Content-Security-Policy"));
        assertFalse(header(r, "Content-Security-Policy").contains("unsafe-inline"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"));
        assertEquals("SAMEORIGIN", header(r, "X-Frame-Options"));
    }

    @Test
    void pagesAreUtf8HtmlWithSecurityHeadersAndAShortCache() throws Exception {
        for (String path : List.of("", ARTICLE, "chuyen-muc/tin-hoat-dong/", "gioi-thieu.html")) {
            HttpResponse<byte[]> r = get("/" + path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("text/html; charset=utf-8", header(r, "Content-Type"), path);
            assertEquals("max-age=300", header(r, "Cache-Control"), path);
            assertEquals("nginx", header(r, "Server"), "server_tokens off: the version is not announced");
            assertSecurityHeaders(r);
            assertArrayEquals(built(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path), r.body(), path);
        }
    }

    @Test
    void feedsAreRssWithValidatorsAndAnswerConditionalRequests() throws Exception {
        for (String path : List.of("feed.xml", "chuyen-muc/tin-hoat-dong/feed.xml")) {
            HttpResponse<byte[]> r = get("/" + path);
            assertEquals(200, r.statusCode());
            assertEquals("application/rss+xml; charset=utf-8", header(r, "Content-Type"));
            assertEquals("max-age=300", header(r, "Cache-Control"));
            assertArrayEquals(built(path), r.body());
            String etag = header(r, "ETag");
            String modified = header(r, "Last-Modified");
            assertTrue(etag.matches("\"[0-9a-f]+-[0-9a-f]+\""), etag);
            assertTrue(modified.endsWith(" GMT"), modified);
            HttpResponse<byte[]> again = get("/" + path, "If-None-Match", etag);
            assertEquals(304, again.statusCode());
            assertEquals(0, again.body().length);
            assertEquals(304, get("/" + path, "If-Modified-Since", modified).statusCode());
            assertEquals(200, get("/" + path, "If-None-Match", "\"khac\"").statusCode());
        }
        assertEquals("text/x-opml; charset=utf-8", header(get("/feeds.opml"), "Content-Type"));
    }

    @Test
    void aMissingPageIsTheSite404PageWithTheSameHeaders() throws Exception {
        for (String path : List.of("/khong-co.html", "/tin-tuc/khong-co.html", "/css/", "/.git/config", "/images/.an")) {
            HttpResponse<byte[]> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals("text/html; charset=utf-8", header(r, "Content-Type"), path);
            assertArrayEquals(built("404.html"), r.body(), path);
            assertSecurityHeaders(r);
        }
        assertTrue(new String(built("404.html"), StandardCharsets.UTF_8).contains("<h1>"));
    }

    @Test
    void textIsCompressedForClientsThatAcceptGzip() throws Exception {
        for (String path : List.of("", "feed.xml", "css/site.css")) {
            HttpResponse<byte[]> r = get("/" + path, "Accept-Encoding", "gzip");
            assertEquals("gzip", header(r, "Content-Encoding"), path);
            assertEquals("Accept-Encoding", header(r, "Vary"), path);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
                assertArrayEquals(built(path.isEmpty() ? "index.html" : path), in.readAllBytes(), path);
            }
        }
        assertEquals("(none)", header(get("/" + IMAGE, "Accept-Encoding", "gzip"), "Content-Encoding"));
    }

    @Test
    void assetsAreCachedLongerThanPages() throws Exception {
        HttpResponse<byte[]> css = get("/css/site.css");
        assertEquals("text/css; charset=utf-8", header(css, "Content-Type"));
        assertEquals("max-age=86400", header(css, "Cache-Control"));
        assertSecurityHeaders(css);
        HttpResponse<byte[]> image = get("/" + IMAGE);
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", header(image, "Content-Type"));
        assertEquals("max-age=2592000", header(image, "Cache-Control"));
        assertArrayEquals(built(IMAGE), image.body());
    }

    /** The photos' sizes have a fingerprint in their names: a year. */
    @Test
    void photosMadeForScreensAreCachedForAYear() throws Exception {
        List<String> made;
        try (java.util.stream.Stream<Path> walk = Files.walk(www.resolve("anh"))) {
            made = walk.filter(Files::isRegularFile).map(p -> www.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(made.size() >= 4, made.toString());
        for (String path : made) {
            HttpResponse<byte[]> r = get("/" + path, "Accept-Encoding", "gzip");
            assertEquals(200, r.statusCode(), path);
            assertEquals(path.endsWith(".webp") ? "image/webp" : "image/jpeg", header(r, "Content-Type"), path);
            assertEquals("max-age=31536000", header(r, "Cache-Control"), path);
            assertEquals("(none)", header(r, "Content-Encoding"), path);
            assertSecurityHeaders(r);
            assertArrayEquals(built(path), r.body(), path);
        }
    }

    /** The desk's policy is the one its page carries, the Git host's API its only other address; the site keeps its own. */
    @Test
    void theDeskHasThePolicyItNeedsAndTheRestOfTheSiteKeepsItsOwn() throws Exception {
        String policy = Desk.policy(SiteConfig.load(TestSites.repo(), new ArrayList<>()).desk()) + "; frame-ancestors 'none'";
        for (String path : List.of("quan-tri/", "quan-tri/decap-cms.js", "quan-tri/ban-tin.js", "quan-tri/config.yml")) {
            HttpResponse<byte[]> r = get("/" + path);
            assertEquals(200, r.statusCode(), path);
            assertEquals(policy, header(r, "Content-Security-Policy"), path);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"), path);
            assertEquals("DENY", header(r, "X-Frame-Options"), path);
            assertEquals("max-age=300", header(r, "Cache-Control"), path);
            assertArrayEquals(built(path.endsWith("/") ? path + "index.html" : path), r.body(), path);
        }
        assertEquals("text/yaml; charset=utf-8", header(get("/quan-tri/config.yml"), "Content-Type"));
        assertEquals("text/javascript; charset=utf-8", header(get("/quan-tri/decap-cms.js"), "Content-Type"));
        String page = new String(built("quan-tri/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy.replace("; frame-ancestors 'none'", "")
                + "\">"), "the page carries the same policy, but frame-ancestors, which a page cannot set for itself");
        assertSecurityHeaders(get("/"));
        assertSecurityHeaders(get("/quan-tri-khac.html")); // not the desk: the site's 404 with the site's policy
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedOnTheSameHost() throws Exception {
        HttpResponse<byte[]> r = get("/chuyen-muc/tin-hoat-dong");
        assertEquals(301, r.statusCode());
        assertEquals("/chuyen-muc/tin-hoat-dong/", header(r, "Location"));
    }
}
