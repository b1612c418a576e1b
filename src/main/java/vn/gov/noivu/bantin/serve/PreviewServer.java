package vn.gov.noivu.bantin.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.desk.LocalBackend;

/**
 * The preview's web server: the JDK's own {@link HttpServer} on 127.0.0.1, serving the preview folder
 * at the site's base path. Every HTML response gets the reload script (and, when needed, the error
 * overlay or a "not published" banner) added on the way out; the files on disk are never changed.
 * Open tabs listen on {@value #EVENTS} (server-sent events) and reload when the build number changes.
 * The desk's page is served as built, with its configuration for this machine ({@link Snapshot#desk}), and its saves
 * arrive at {@value #DESK_API}. Only requests addressed to this server by its own name are answered (a web page of
 * another site that got its name to point here, DNS rebinding, is refused), and a save only from its own pages
 * (Origin), so that no other page the editor has open can write into the repository.
 */
final class PreviewServer implements AutoCloseable {
    static final String PREFIX = "/_bantin/";
    static final String EVENTS = PREFIX + "events";
    /** Where the desk's Decap CMS finds its local backend (LocalBackend). */
    static final String DESK_API = PREFIX + "desk/api/v1";
    /** A comment line every so often, so a closed tab is noticed and its thread freed. */
    private static final long KEEP_ALIVE_MS = 15_000;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("opml", "text/x-opml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"), Map.entry("yml", "text/yaml; charset=utf-8"), Map.entry("wasm", "application/wasm"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private final HttpServer server;
    private final ExecutorService threads;
    private final Object lock = new Object();
    private Snapshot snapshot;
    private volatile LocalBackend desk;
    /** The build the open tabs were told of: the snapshot's, once {@link #announce} has run. */
    private long announced;
    private boolean closed;

    PreviewServer(int port, Snapshot first) throws IOException {
        this.snapshot = first;
        this.announced = first.generation();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bantin-preview-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** From now on, the desk's saves go to {@code backend}. */
    void desk(LocalBackend backend) {
        this.desk = backend;
    }

    /** The names this server answers to: 127.0.0.1 and localhost, with its port. */
    private boolean ownHost(String host) {
        return host != null && (host.equals("127.0.0.1:" + port()) || host.equals("localhost:" + port()));
    }

    /** Serves a new build from now on; open tabs are not told yet ({@link #announce}). */
    void show(Snapshot next) {
        synchronized (lock) {
            snapshot = next;
        }
    }

    /** Tells the open tabs of the build {@link #show} serves: they reload. */
    void announce() {
        synchronized (lock) {
            announced = snapshot.generation();
            lock.notifyAll();
        }
    }

    private Snapshot current() {
        synchronized (lock) {
            return snapshot;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String host = ex.getRequestHeaders().getFirst("Host");
            if (!ownHost(host)) {
                send(ex, 403, "text/plain; charset=utf-8", "not this server's name".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (method.equals("POST") && ex.getRequestURI().getPath().equals(DESK_API)) {
                deskApi(ex, host);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path.equals(EVENTS)) {
                events(ex);
            } else if (path.startsWith(PREFIX)) {
                resource(ex, path.substring(PREFIX.length()));
            } else {
                site(ex, path);
            }
        }
    }

    private void site(HttpExchange ex, String path) throws IOException {
        Snapshot s = current();
        if (!path.startsWith(s.basePath())) {
            if (path.equals("/")) {
                redirect(ex, s.basePath());
            } else {
                notFound(ex, s);
            }
            return;
        }
        String sitePath = path.substring(s.basePath().length());
        if (sitePath.equals(Urls.DESK + "config.yml") && s.desk() != null) {
            send(ex, 200, TYPES.get("yml"), s.desk());
            return;
        }
        if (s.output() == null) {
            send(ex, s.errors().isEmpty() ? 503 : 500, TYPES.get("html"), Inject.page(Inject.emptyPage(s), s, sitePath));
            return;
        }
        Path file = s.output().resolve(sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath)
                .normalize();
        if (!file.startsWith(s.output()) || sitePath.contains("\\")) {
            notFound(ex, s);
        } else if (Files.isDirectory(file)) {
            redirect(ex, path + "/");
        } else if (!Files.isRegularFile(file)) {
            notFound(ex, s);
        } else {
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] bytes = Files.readAllBytes(file);
            if (ext.equals("html") && !sitePath.startsWith(Urls.DESK)) { // the desk reloads nothing by itself
                String html = new String(bytes, StandardCharsets.UTF_8);
                send(ex, 200, TYPES.get("html"), Inject.page(html, s, sitePath));
            } else {
                String type = name.equals("feed.xml") ? "application/rss+xml; charset=utf-8" : TYPES.get(ext);
                send(ex, 200, type == null ? "application/octet-stream" : type, bytes);
            }
        }
    }

    /**
     * A request of the desk's Decap CMS: answered only when it comes from a page of this server (its Origin is this
     * server) as JSON; a form or script of another site cannot send one.
     */
    private void deskApi(HttpExchange ex, String host) throws IOException {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        LocalBackend backend = desk;
        if (backend == null || origin == null || !origin.equals("http://" + host) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            send(ex, 403, "application/json", "{\"error\":\"forbidden\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(LocalBackend.MAX_REQUEST + 1);
        }
        if (body.length > LocalBackend.MAX_REQUEST) {
            send(ex, 413, "application/json", "{\"error\":\"too large\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        LocalBackend.Answer answer = backend.handle(body);
        send(ex, answer.status(), "application/json; charset=utf-8", answer.json());
    }

    private void notFound(HttpExchange ex, Snapshot s) throws IOException {
        Path page = s.output() == null ? null : s.output().resolve("404.html");
        String html = page != null && Files.isRegularFile(page) ? Files.readString(page) : Inject.emptyPage(s);
        send(ex, 404, TYPES.get("html"), Inject.page(html, s, "404.html"));
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private void resource(HttpExchange ex, String name) throws IOException {
        String type = switch (name) {
            case "reload.js" -> TYPES.get("js");
            case "preview.css" -> TYPES.get("css");
            default -> null;
        };
        if (type == null) {
            send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            send(ex, 200, type, in.readAllBytes());
        }
    }

    /** Server-sent events: the current build number at once, then each new one. */
    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        long sent = -1;
        try {
            while (true) {
                long generation;
                synchronized (lock) {
                    long deadline = System.currentTimeMillis() + KEEP_ALIVE_MS;
                    while (!closed && announced == sent && System.currentTimeMillis() < deadline) {
                        lock.wait(Math.max(1, deadline - System.currentTimeMillis()));
                    }
                    if (closed) {
                        return;
                    }
                    generation = announced;
                }
                String message = generation == sent ? ": keep-alive\n\n" : "data: " + generation + "\n\n";
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = generation;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the tab was closed
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
