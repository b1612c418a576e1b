package vn.gov.noivu.bantin.desk;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.config.SiteConfig;

/**
 * The desk on an editor's own machine: Decap CMS's local backend protocol (the one its {@code decap-server} speaks,
 * a JSON {@code action} and its {@code params} posted to one address), answered by {@code serve} on the working copy,
 * without Node.js or a Git host. It reads and writes only the files of the desk's collections and the folders its
 * forms upload to. Each save writes the files the way the project writes them ({@link Desk#restyle}), runs the site's
 * checks (the preview's pipeline), and either commits exactly those files with Git (JGit), as the person git config
 * names, or, when the save brought an error, puts the files back as they were and answers with the errors, which the
 * desk shows; nothing half-saved is left.
 */
public final class LocalBackend {
    /** The site's checks: those of the last run, and a run now (the preview rebuilds), each giving its errors. */
    public interface Checks {
        List<ContentError> last();

        /** Runs the checks after {@code changed} (paths from the site root) changed; their errors. */
        List<ContentError> now(java.util.Collection<String> changed);
    }

    /** An answer: its HTTP status and JSON. */
    public record Answer(int status, String json) {
    }

    /** Largest request: a photo sent as base64 (the same bound decap-server has). */
    public static final int MAX_REQUEST = 50 * 1024 * 1024;
    private final Path root;
    private final Supplier<SiteConfig> config;
    private final Checks checks;
    /** The language of the answers the desk shows (serve's --lang). */
    private final Language language;

    /** A backend for the site at {@code root}, whose settings {@code config} gives as they are now, answering in {@code language}. */
    public LocalBackend(Path root, Supplier<SiteConfig> config, Checks checks, Language language) {
        this.root = root.toAbsolutePath().normalize();
        this.config = config;
        this.checks = checks;
        this.language = language;
    }

    /** Why a request cannot be done, in the editor's words. */
    private static final class Refused extends Exception {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** Answers one request of Decap's local backend protocol; one at a time, since a save runs the checks. */
    public synchronized Answer handle(byte[] request) {
        try {
            Map<String, Object> body = parse(request);
            String action = String.valueOf(body.get("action"));
            Map<String, Object> params = body.get("params") instanceof Map<?, ?> p ? cast(p) : Map.of();
            SiteConfig site = config.get();
            if (site == null || site.desk() == null) {
                throw new Refused(503, Message.of("desk.local.noSite").in(language));
            }
            Object answer = switch (action) {
                case "info" -> Map.of("repo", root.getFileName().toString(), "publish_modes", List.of("simple"), "type", "local_git");
                case "entriesByFolder" -> entries(site, folder(site, text(params, "folder")), text(params, "extension"),
                        ((Number) params.getOrDefault("depth", 1)).intValue());
                case "entriesByFiles" -> files(site, params);
                case "getEntry" -> entry(site, text(params, "path"));
                case "persistEntry" -> persistEntry(site, params);
                case "getMedia" -> media(site, text(params, "mediaFolder"));
                case "getMediaFile" -> mediaFile(readable(site, text(params, "path")));
                case "persistMedia" -> persistMedia(site, params);
                case "deleteFile" -> delete(site, List.of(text(params, "path")), params);
                case "deleteFiles" -> delete(site, texts(params, "paths"), params);
                case "getDeployPreview" -> null;
                default -> throw new Refused(422, Message.of("desk.local.action", action).in(language));
            };
            return new Answer(200, json(answer));
        } catch (Refused e) {
            return new Answer(e.status, json(Map.of("error", e.getMessage())));
        } catch (IOException e) {
            return new Answer(500, json(Map.of("error", Message.of("desk.local.io", e.getMessage()).in(language))));
        }
    }

    private Map<String, Object> parse(byte[] request) throws Refused {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_REQUEST);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(12);
        try {
            // JSON is YAML (1.2); SnakeYAML reads YAML 1.1, whose double-quoted texts lack only JSON's escaped slash.
            Object o = new Yaml(new SafeConstructor(options)).load(slashes(new String(request, StandardCharsets.UTF_8)));
            if (o instanceof Map<?, ?> m) {
                return cast(m);
            }
        } catch (YAMLException | ClassCastException e) {
            // answered below
        }
        throw new Refused(400, Message.of("desk.local.request").in(language));
    }

    /** {@code json} with each escaped slash inside its texts ("\\/") written as a slash. */
    static String slashes(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean text = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (text && c == '\\' && i + 1 < json.length()) {
                char next = json.charAt(++i);
                out.append(next == '/' ? "/" : "\\" + next);
                continue;
            }
            if (c == '"') {
                text = !text;
            }
            out.append(c);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private String text(Map<String, Object> params, String key) throws Refused {
        if (params.get(key) instanceof String s) {
            return s;
        }
        throw new Refused(400, Message.of("desk.local.request").in(language));
    }

    private List<String> texts(Map<String, Object> params, String key) throws Refused {
        List<String> out = new ArrayList<>();
        if (params.get(key) instanceof List<?> l) {
            for (Object o : l) {
                out.add(o instanceof String s ? s : "");
            }
            return out;
        }
        throw new Refused(400, Message.of("desk.local.request").in(language));
    }

    /** A folder the desk lists: a collection's (or one inside it), or a media folder. */
    private String folder(SiteConfig site, String folder) throws Refused {
        String f = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        boolean collection = DeskConfig.collections(site).stream()
                .anyMatch(c -> c.folder().equals(f) || f.startsWith(c.folder() + "/")); // a nested collection's subfolders
        if (!collection && !Desk.writable(site, f + "/x")) {
            throw new Refused(403, Message.of("desk.local.notDesk", folder).in(language));
        }
        return f;
    }

    /**
     * A file the desk may read: one it may write, reached without a link (a link in content/ could lead anywhere: the
     * checks refuse them too).
     */
    private Path readable(SiteConfig site, String path) throws Refused {
        Path file = root.resolve(path);
        if (!Desk.writable(site, path) || linked(file)) {
            throw new Refused(403, Message.of("desk.local.notDesk", path).in(language));
        }
        return file;
    }

    /** True when {@code file} or a folder between it and the site's root is a symbolic link. */
    private boolean linked(Path file) {
        for (Path p = file; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return true;
            }
        }
        return false;
    }

    private List<Object> entries(SiteConfig site, String folder, String extension, int depth) throws IOException, Refused {
        Path dir = root.resolve(folder);
        List<Object> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir, Math.max(1, depth))) {
            for (Path p : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String rel = relative(p);
                if (rel.endsWith(extension) && Desk.writable(site, rel)) {
                    out.add(entry(site, rel));
                }
            }
        }
        return out;
    }

    private List<Object> files(SiteConfig site, Map<String, Object> params) throws IOException, Refused {
        List<Object> out = new ArrayList<>();
        if (!(params.get("files") instanceof List<?> files)) {
            throw new Refused(400, Message.of("desk.local.request").in(language));
        }
        for (Object f : files) {
            out.add(entry(site, f instanceof Map<?, ?> m ? String.valueOf(m.get("path")) : ""));
        }
        return out;
    }

    /** An entry as decap-server gives it: its text and its file (path, and the SHA-256 of its bytes as its id); null data when missing. */
    private Map<String, Object> entry(SiteConfig site, String path) throws IOException, Refused {
        Path file = readable(site, path);
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("path", path);
        try {
            byte[] bytes = Files.readAllBytes(file);
            out.put("data", new String(bytes, StandardCharsets.UTF_8));
            f.put("id", sha256(bytes));
        } catch (NoSuchFileException e) {
            out.put("data", null);
            f.put("id", null);
        }
        out.put("file", f);
        return out;
    }

    private List<Object> media(SiteConfig site, String mediaFolder) throws IOException, Refused {
        Path dir = root.resolve(folder(site, mediaFolder));
        List<Object> out = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                    if (!p.getFileName().toString().startsWith(".")) {
                        out.add(mediaFile(p));
                    }
                }
            }
        }
        return out;
    }

    private Map<String, Object> mediaFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", sha256(bytes));
        out.put("content", Base64.getEncoder().encodeToString(bytes));
        out.put("encoding", "base64");
        out.put("path", relative(file));
        out.put("name", file.getFileName().toString());
        return out;
    }

    /** An article, page, document or week with the pictures it brings: written in the project's form, checked, committed. */
    private Object persistEntry(SiteConfig site, Map<String, Object> params) throws IOException, Refused {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Object dataFiles = params.get("dataFiles") != null ? params.get("dataFiles") : params.get("entry") == null ? null
                : List.of(params.get("entry"));
        if (!(dataFiles instanceof List<?> list) || list.isEmpty()) {
            throw new Refused(400, Message.of("desk.local.request").in(language));
        }
        Set<String> moved = new LinkedHashSet<>();
        for (Object o : list) {
            Map<String, Object> df = o instanceof Map<?, ?> m ? cast(m) : Map.of();
            String path = text(df, "path");
            String target = df.get("newPath") instanceof String np && !np.isEmpty() ? np : path;
            readable(site, target);
            if (!target.equals(path)) {
                readable(site, path);
                moved.add(path);
            }
            List<ContentError> errors = new ArrayList<>();
            Path old = root.resolve(path);
            String was = Files.isRegularFile(old) ? Files.readString(old, StandardCharsets.UTF_8) : null;
            Optional<String> text = Desk.restyle(site, target, text(df, "raw"), was, errors);
            if (text.isEmpty()) {
                throw new Refused(422, numbered(errors));
            }
            files.put(target, text.get().getBytes(StandardCharsets.UTF_8));
        }
        if (params.get("assets") instanceof List<?> assets) {
            for (Object o : assets) {
                Map<String, Object> a = o instanceof Map<?, ?> m ? cast(m) : Map.of();
                files.put(asset(site, a), decode(a));
            }
        }
        save(files, moved, commitMessage(params));
        return Map.of("message", "entry persisted");
    }

    private Object persistMedia(SiteConfig site, Map<String, Object> params) throws IOException, Refused {
        Map<String, Object> a = params.get("asset") instanceof Map<?, ?> m ? cast(m) : Map.of();
        String path = asset(site, a);
        save(Map.of(path, decode(a)), Set.of(), commitMessage(params));
        return mediaFile(root.resolve(path));
    }

    private Object delete(SiteConfig site, List<String> paths, Map<String, Object> params) throws IOException, Refused {
        for (String p : paths) {
            readable(site, p);
        }
        save(Map.of(), new LinkedHashSet<>(paths), commitMessage(params));
        return Map.of("message", "deleted " + String.join(", ", paths));
    }

    private String asset(SiteConfig site, Map<String, Object> a) throws Refused {
        String path = text(a, "path");
        readable(site, path);
        return path;
    }

    private byte[] decode(Map<String, Object> a) throws Refused {
        try {
            return Base64.getDecoder().decode(text(a, "content"));
        } catch (IllegalArgumentException e) {
            throw new Refused(400, Message.of("desk.local.request").in(language));
        }
    }

    private String commitMessage(Map<String, Object> params) {
        Object m = params.get("options") instanceof Map<?, ?> o ? o.get("commitMessage") : null;
        return m instanceof String s && !s.isBlank() ? s : Message.of("desk.local.commit").in(language);
    }

    /**
     * Writes {@code files} and deletes {@code deleted}, runs the checks, and commits those paths alone; when the checks
     * find an error the save brought, or Git cannot commit, every file is put back as it was and the reason is the answer.
     */
    private void save(Map<String, byte[]> files, Set<String> deleted, String message) throws IOException, Refused {
        try (Repository repo = repository()) {
            PersonIdent who = person(repo);
            Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
            Map<String, byte[]> before = new LinkedHashMap<>();
            Set<String> touched = new LinkedHashSet<>(files.keySet());
            touched.addAll(deleted);
            for (String p : touched) {
                Path file = root.resolve(p);
                before.put(p, Files.isRegularFile(file) ? Files.readAllBytes(file) : null);
            }
            Set<String> earlier = new java.util.HashSet<>();
            checks.last().stream().filter(e -> !e.warning()).forEach(e -> earlier.add(e.in(language)));
            try {
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    Path file = root.resolve(f.getKey());
                    Files.createDirectories(file.getParent());
                    Files.write(file, f.getValue());
                }
                for (String p : deleted) {
                    if (!files.containsKey(p)) {
                        Files.deleteIfExists(root.resolve(p));
                    }
                }
                List<ContentError> brought = checks.now(touched).stream().filter(e -> !e.warning())
                        .filter(e -> touched.contains(e.path()) || !earlier.contains(e.in(language))).toList();
                if (!brought.isEmpty()) {
                    throw new Refused(422, Message.of("desk.local.errors", numbered(brought)).in(language));
                }
                commit(repo, workTree, touched, message, who);
            } catch (Refused | IOException e) {
                restore(before);
                checks.now(touched);
                throw e;
            }
        }
    }

    private void restore(Map<String, byte[]> before) throws IOException {
        for (Map.Entry<String, byte[]> f : before.entrySet()) {
            Path file = root.resolve(f.getKey());
            if (f.getValue() == null) {
                Files.deleteIfExists(file);
            } else {
                Files.write(file, f.getValue());
            }
        }
    }

    private Repository repository() throws Refused {
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
            if (builder.getGitDir() == null) {
                throw new Refused(422, Message.of("desk.local.noRepository", root).in(language));
            }
            return builder.setMustExist(true).build();
        } catch (IOException e) {
            throw new Refused(422, Message.of("desk.local.noRepository", root).in(language));
        }
    }

    /** Who commits: user.name and user.email of git config (the repository's, else the editor's own), never a guess. */
    private PersonIdent person(Repository repo) throws Refused {
        UserConfig user = repo.getConfig().get(UserConfig.KEY);
        if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
            throw new Refused(422, Message.of("desk.local.noName").in(language));
        }
        return new PersonIdent(user.getAuthorName(), user.getAuthorEmail());
    }

    private void commit(Repository repo, Path workTree, Set<String> paths, String message, PersonIdent who) throws Refused {
        try (Git git = new Git(repo)) {
            var commit = git.commit().setMessage(message).setAuthor(who).setCommitter(who)
                    .setNoVerify(true); // the same check as the pre-commit hook's has just run
            var add = git.add();
            var rm = git.rm().setCached(false);
            boolean adds = false;
            boolean removes = false;
            for (String p : paths) {
                String inRepo = workTree.relativize(root.resolve(p)).toString().replace(File.separatorChar, '/');
                if (Files.exists(root.resolve(p))) {
                    add.addFilepattern(inRepo);
                    adds = true;
                } else {
                    rm.addFilepattern(inRepo);
                    removes = true;
                }
                commit.setOnly(inRepo);
            }
            if (adds) {
                add.call();
            }
            if (removes) {
                rm.call();
            }
            commit.call();
        } catch (GitAPIException | RuntimeException e) {
            throw new Refused(500, Message.of("desk.local.commitFailed", String.valueOf(e.getMessage())).in(language));
        }
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace(File.separatorChar, '/');
    }

    private String numbered(List<ContentError> errors) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < errors.size(); i++) {
            out.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(errors.get(i).in(language));
        }
        return out.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON of maps, lists, texts, numbers, true/false and null. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        json(out, value);
        return out.toString();
    }

    private static void json(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append(Desk.json(s));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(first ? "" : ",").append(Desk.json(String.valueOf(e.getKey()))).append(':');
                json(out, e.getValue());
                first = false;
            }
            out.append('}');
        } else if (value instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                out.append(i == 0 ? "" : ",");
                json(out, l.get(i));
            }
            out.append(']');
        } else {
            out.append(Desk.json(String.valueOf(value)));
        }
    }
}
