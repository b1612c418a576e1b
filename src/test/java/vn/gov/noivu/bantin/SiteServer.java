package vn.gov.noivu.bantin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A built site served over HTTP on 127.0.0.1 and an ephemeral port, as a static web server would:
 * folders answer with their index.html, a missing path with 404.html and status 404; text is sent
 * gzipped to a browser that asks for it, as deploy/nginx.conf does (what Lighthouse measures). Every response
 * carries a strict Content-Security-Policy (same-origin only, no inline script), so a page that needs a
 * third-party request or inline code shows a violation in the browser.
 */
public final class SiteServer implements AutoCloseable {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"), Map.entry("jpg", "image/jpeg"),
            Map.entry("png", "image/png"), Map.entry("webp", "image/webp"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("opml", "text/x-opml; charset=utf-8"), Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"),
            Map.entry("yml", "text/yaml; charset=utf-8"), Map.entry("wasm", "application/wasm"));
    private final HttpServer server;
    private final String prefix;

    private SiteServer(HttpServer server, String prefix) {
        this.server = server;
        this.prefix = prefix;
    }

    /** Serves {@code dir} under {@code prefix} ("/" or a sub-path such as "/noivu/"). */
    public static SiteServer start(Path dir, String prefix) {
        return start(dir, prefix, CSP);
    }

    /** As {@link #start(Path, String)}, every response with the policy {@code csp} (a page with a policy of its own). */
    public static SiteServer start(Path dir, String prefix, String csp) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> serve(exchange, dir, prefix, csp));
            server.start();
            return new SiteServer(server, prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The address of a site path ("" for home, "tin-tuc/x.html"). */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + sitePath;
    }

    private static void serve(HttpExchange exchange, Path dir, String prefix, String csp) throws IOException {
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        Path file = null;
        if (path.startsWith(prefix)) {
            String rest = path.substring(prefix.length());
            Path candidate = dir.resolve(rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest).normalize();
            if (candidate.startsWith(dir) && Files.isRegularFile(candidate)) {
                file = candidate;
            }
        }
        int status = file == null ? 404 : 200;
        if (file == null) {
            file = dir.resolve("404.html");
        }
        String name = file.getFileName().toString();
        byte[] body = Files.readAllBytes(file);
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accepted != null && accepted.contains("gzip") && (type.startsWith("text/") || type.startsWith("application/json")
                || type.startsWith("application/xml") || type.startsWith("image/svg"))) {
            java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
                gz.write(body);
            }
            body = zipped.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
        }
        exchange.getResponseHeaders().set("Content-Security-Policy", csp);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
