package vn.gov.noivu.bantin.photos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.cache.Hashes;
import vn.gov.noivu.bantin.cache.Key;
import vn.gov.noivu.bantin.cache.Store;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.markdown.InternalLink;
import vn.gov.noivu.bantin.site.Section;
import vn.gov.noivu.bantin.site.Site;
import vn.gov.noivu.bantin.source.Source;

/**
 * Every picture readers see, made for their screens: each lead photo and each picture in a text of the
 * site (articles, pages, documents) is read once, turned upright, converted to sRGB and written at the
 * widths of {@code photos.widths} as JPEG and WebP, with thumbnails of one shape for the lists and a
 * 1,200-pixel JPEG for social networks and feeds. {@link #process} makes them (on every core, memory
 * bounded) or finds them in the build's cache, and reports each picture that cannot be published at every
 * place it is used; the pages and feeds ask for a picture's files here; {@link #write} puts them in the site.
 * <p>The files go to {@code anh/}, beside the folders of assets/ they come from, named for the picture, the
 * width and a fingerprint of the picture's bytes and the way it was made
 * ({@code anh/images/2014/01/hoi-nghi-720.3f2a9c1b0e.webp}): an address never holds other bytes, so servers
 * may let browsers keep it for a year.
 */
public final class Photos {
    /** The folder of the site the files go to. */
    public static final String FOLDER = "anh";
    /** A lead photo narrower than this is blurred on a large screen: the editor is warned. */
    static final int SHARP_LEAD = 720;
    private static final Set<String> RASTER_NAMES = Set.of("jpg", "jpeg", "png", "gif", "webp");

    /** A site without pictures. */
    public static final Photos NONE = new Photos(Map.of(), Map.of(), null, Map.of(), "/", 0, 0);

    /** One place a picture is used: the file, its line, the field ({@code image} for a lead photo, "" in a text). */
    private record Use(String file, int line, String field) {
    }

    /**
     * A picture made with one focus point (thumbnails differ by it; the sizes do not), or, shown only in texts,
     * without thumbnails ({@code focusX} and {@code focusY} -1).
     */
    private record Job(String path, int focusX, int focusY) {
        String name() {
            return path + " " + focusX + " " + focusY;
        }
    }

    /** A picture in a text only: made without thumbnails. */
    private static final int NO_THUMBNAILS = -1;

    /** A picture's file and the digest of its bytes. */
    private record Identified(Path file, String digest) {
        /** The file's type, read from its first bytes: only a picture not found made in the cache needs it. */
        FileType type() throws IOException {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(FileType.HEAD);
            }
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            return FileType.of(head, ext);
        }
    }

    /** What a job needs to be made again: its source, the recipe, and where its bytes are kept. */
    private record Making(Job job, Identified source, Recipe recipe, Key files, Made description) {
    }

    private final Map<String, Photo> byJob;
    private final Map<String, Photo> byPath;
    private final Store store;
    private final Map<String, Making> makings;
    private final String base;
    private final AtomicInteger made;
    private final int cached;

    private Photos(Map<String, Photo> byJob, Map<String, Photo> byPath, Store store, Map<String, Making> makings, String base,
                   int made, int cached) {
        this.byJob = byJob;
        this.byPath = byPath;
        this.store = store;
        this.makings = makings;
        this.base = base;
        this.made = new AtomicInteger(made);
        this.cached = cached;
    }

    /**
     * The pictures {@code site} shows, made by the recipe of {@code config} or read from {@code store}, the build's
     * cache; {@code hashes} are the content hashes of the files of assets/ the build listed, by path from the site's
     * folder ("assets/images/a.jpg"). Each picture that cannot be published is an error (and a lead photo too narrow
     * to be sharp a warning) at every place it is used, added to {@code errors}.
     */
    public static Photos process(Path root, SiteConfig config, Site site, Store store, Map<String, String> hashes,
                                 List<ContentError> errors) {
        Map<Job, List<Use>> jobs = jobs(root, site);
        if (jobs.isEmpty()) {
            return NONE;
        }
        Recipe recipe = Recipe.of(config.photoWidths());
        String base = config.basePath();
        Key all = allKey(jobs.keySet(), hashes, recipe);
        Optional<List<Stored.Kept>> known = all == null ? Optional.empty()
                : store.read(all).flatMap(bytes -> Stored.kept(bytes, jobs.size()));
        if (known.isPresent()) {
            return remembered(root, jobs, known.get(), hashes, recipe, store, base, errors);
        }
        Budget budget = Budget.ofHeap();
        ExecutorService workers = workers();
        try {
            Map<Job, Future<Object>> results = new LinkedHashMap<>();
            AtomicInteger made = new AtomicInteger();
            AtomicInteger cached = new AtomicInteger();
            Map<String, Making> makings = new ConcurrentHashMap<>();
            // The largest pictures first, so that no core is left with one big photo at the end.
            List<Job> order = new ArrayList<>(jobs.keySet());
            order.sort(java.util.Comparator.comparingLong((Job j) -> -size(root, j.path())).thenComparing(Job::name));
            for (Job job : order) {
                results.put(job, workers.submit(() -> photo(job, identify(root, job.path(), hashes.get("assets/" + job.path())), recipe,
                        store, budget, base, made, cached, makings)));
            }
            Map<String, Photo> byJob = new HashMap<>();
            Map<String, Photo> byPath = new TreeMap<>();
            for (Map.Entry<Job, List<Use>> e : jobs.entrySet()) { // in name order: the errors' order
                Job job = e.getKey();
                Object result = outcome(results.get(job));
                if (result instanceof Photo photo) {
                    byJob.put(job.name(), photo);
                    byPath.putIfAbsent(job.path(), photo);
                    warnIfSmall(job, photo, e.getValue(), errors);
                } else {
                    for (Use use : e.getValue()) {
                        errors.add(error(job.path(), use, result));
                    }
                }
            }
            if (all != null && byJob.size() == jobs.size()) { // every picture published: the next run reads one entry
                List<Stored.Kept> kept = new ArrayList<>();
                for (Job job : jobs.keySet()) {
                    Making m = makings.get(job.name());
                    kept.add(m == null ? new Stored.Kept(null, byJob.get(job.name()).getShare().length()) : new Stored.Kept(m.description(), 0));
                }
                store.write(all, Stored.kept(kept));
                store.prune("photos", Set.of(all), java.time.Duration.ofHours(1));
            }
            // The cache keeps what this site's pictures need now (and what another build wrote within the hour).
            Set<Key> described = new java.util.HashSet<>();
            Set<Key> files = new java.util.HashSet<>();
            makings.values().forEach(m -> {
                described.add(key("photo", m.source(), m.recipe(), m.job()));
                files.add(m.files());
            });
            store.prune("photo", described, java.time.Duration.ofHours(1));
            store.prune("photo-files", files, java.time.Duration.ofHours(1));
            return new Photos(Map.copyOf(byJob), Collections.unmodifiableMap(byPath), store, Map.copyOf(makings), base,
                    made.get(), cached.get());
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * The key of the entry that holds what was made of all the pictures {@code jobs} (their names, in order, with
     * their files' content hashes and the recipe); null when a file has no hash from the listing.
     */
    private static Key allKey(Set<Job> jobs, Map<String, String> hashes, Recipe recipe) {
        Key.Builder key = Key.of("photos").add(Stored.VERSION).add(recipe.digest());
        for (Job job : jobs) {
            String hash = hashes.get("assets/" + job.path());
            if (hash == null || hash.isEmpty()) {
                return null;
            }
            key.add(job.name()).add(hash);
        }
        return key.key();
    }

    /**
     * The pictures as the last run with the same pictures and recipe made them ({@code known}, in the jobs' order):
     * nothing opened, nothing made. Only a run whose every picture was published stores that entry, so there are
     * no errors to tell again; the warnings are.
     */
    private static Photos remembered(Path root, Map<Job, List<Use>> jobs, List<Stored.Kept> known, Map<String, String> hashes,
                                     Recipe recipe, Store store, String base, List<ContentError> errors) {
        Map<String, Photo> byJob = new HashMap<>();
        Map<String, Photo> byPath = new TreeMap<>();
        Map<String, Making> makings = new HashMap<>();
        int i = 0;
        int cached = 0;
        for (Map.Entry<Job, List<Use>> e : jobs.entrySet()) {
            Job job = e.getKey();
            Stored.Kept kept = known.get(i++);
            Photo photo;
            if (kept.description() == null) {
                photo = new Photo(job.path(), base, 0, 0, List.of(), List.of(), List.of(), List.of(),
                        new Photo.File(job.path(), "image/svg+xml", 0, 0, kept.length()));
            } else {
                Identified source = new Identified(root.resolve("assets").resolve(job.path()), hashes.get("assets/" + job.path()));
                Making m = new Making(job, source, recipe, key("photo-files", source, recipe, job), kept.description());
                makings.put(job.name(), m);
                photo = photo(m, base);
                cached++;
            }
            byJob.put(job.name(), photo);
            byPath.putIfAbsent(job.path(), photo);
            warnIfSmall(job, photo, e.getValue(), errors);
        }
        return new Photos(Map.copyOf(byJob), Collections.unmodifiableMap(byPath), store, Map.copyOf(makings), base, 0, cached);
    }

    /** How many pictures this build made (not found in the cache). */
    public int made() {
        return made.get();
    }

    /** How many pictures came from the cache. */
    public int cached() {
        return cached;
    }

    /** The cache folder the pictures were made into or found in (null: the site has none). */
    public Path cache() {
        return store == null ? null : store.folder();
    }

    /** The lead photo of {@code a} as made, or null when it has none. */
    public Photo lead(Article a) {
        Article.Image image = a.getImage();
        return image == null ? null : byJob.get(new Job(image.path(), image.focusX(), image.focusY()).name());
    }

    /** The picture at {@code path} in assets/ as made for a text, or null when no text shows it. */
    public Photo get(String path) {
        return byPath.get(path);
    }

    /**
     * {@code html}, a text of the page at {@code pagePath}, with each picture of the site as a {@code <picture>} of
     * its sizes, for a slot of the page {@code sizes} wide (the {@code sizes} attribute).
     */
    public String inPage(String html, String pagePath, String sizes) {
        return byPath.isEmpty() ? html : InText.page(html, pagePath, base, byPath::get, sizes);
    }

    /** {@code html}, a text of the page at {@code pagePath}, with each picture of the site as its shared JPEG, for feeds. */
    public String inFeed(String html, String pagePath) {
        return byPath.isEmpty() ? html : InText.feed(html, pagePath, base, byPath::get);
    }

    /**
     * The originals of assets/ that the site does not publish: the pictures it makes into sizes, unless
     * {@code photos.originals} is true or a text links to the file itself ("Tải ảnh gốc"). Their metadata
     * (camera, place) stays out of the site with them.
     */
    public static Set<String> withheld(Path root, SiteConfig config, Site site) {
        Set<String> paths = new TreeSet<>();
        jobs(root, site).keySet().forEach(job -> paths.add(job.path()));
        return withheld(paths, config, site);
    }

    /** As {@link #withheld(Path, SiteConfig, Site)} for the site these pictures were made for, every one of them made. */
    public Set<String> withheld(SiteConfig config, Site site) {
        return withheld(byPath.keySet(), config, site);
    }

    /** The originals withheld of the pictures {@code paths} (in assets/) that {@code site} shows. */
    private static Set<String> withheld(Set<String> paths, SiteConfig config, Site site) {
        if (config.photoOriginals()) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>();
        Set<String> linked = new java.util.HashSet<>();
        for (String path : paths) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (RASTER_NAMES.contains(ext)) {
                out.add(path);
            }
        }
        forEachText(site, (file, links) -> links.stream().filter(l -> !l.image()).forEach(l -> linked.add(l.target())));
        out.removeAll(linked);
        return Collections.unmodifiableSet(out);
    }

    /** Every picture of {@code site}'s texts and lead photos that is a file of assets/, with the places it is used. */
    private static Map<Job, List<Use>> jobs(Path root, Site site) {
        Map<Job, List<Use>> jobs = new TreeMap<>(java.util.Comparator.comparing(Job::name));
        for (Article a : site.getArticles()) {
            Article.Image image = a.getImage();
            if (image != null) {
                jobs.computeIfAbsent(new Job(image.path(), image.focusX(), image.focusY()), j -> new ArrayList<>())
                        .add(new Use(a.getSourcePath(), a.line("image"), "image"));
            }
        }
        // A picture in a text is made with the thumbnails of a lead photo of the same file, if there is one: its sizes are the same.
        Map<String, Job> leads = new HashMap<>();
        jobs.keySet().forEach(j -> leads.putIfAbsent(j.path(), j));
        forEachText(site, (file, links) -> {
            for (InternalLink link : links) {
                if (link.image() && Source.isAssetPath(link.target()) && Source.isAsset(root, link.target())) {
                    Job job = leads.getOrDefault(link.target(), new Job(link.target(), NO_THUMBNAILS, NO_THUMBNAILS));
                    jobs.computeIfAbsent(job, j -> new ArrayList<>()).add(new Use(file, link.line(), ""));
                }
            }
        });
        return jobs;
    }

    /** The links of every text the site shows: articles, pages, and the sections' (documents). */
    private static void forEachText(Site site, java.util.function.BiConsumer<String, List<InternalLink>> each) {
        for (Article a : site.getArticles()) {
            each.accept(a.getSourcePath(), a.getLinks());
        }
        for (Article p : site.getPages()) {
            each.accept(p.getSourcePath(), p.getLinks());
        }
        for (Section s : site.getSections()) {
            new TreeMap<>(s.links()).forEach(each);
        }
    }

    private static long size(Path root, String path) {
        try {
            return Files.size(root.resolve("assets").resolve(path));
        } catch (IOException e) {
            return 0;
        }
    }

    private static ExecutorService workers() {
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "bantin-photos");
            t.setDaemon(true);
            return t;
        });
    }

    /** A job's photo, its {@link Refused} or the {@link IOException} that stopped it. */
    private static Object outcome(Future<Object> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Refused || cause instanceof IOException) {
                return cause;
            }
            if (cause instanceof UncheckedIOException u) {
                return u.getCause();
            }
            throw new IllegalStateException("making a photo failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ContentError error(String path, Use use, Object problem) {
        if (problem instanceof Refused r) {
            return ContentError.of(use.file(), use.line(), use.field(), Message.of("photo.problem", "assets/" + path, r.message), r.hint);
        }
        IOException e = (IOException) problem;
        return ContentError.of(use.file(), use.line(), use.field(), Message.of("asset.unreadable", "assets/" + path,
                String.valueOf(e.getMessage())), Message.of("hint.image.export"));
    }

    /** A lead photo narrower than {@link #SHARP_LEAD} pixels is published, with a warning where it is named. */
    private static void warnIfSmall(Job job, Photo photo, List<Use> uses, List<ContentError> errors) {
        if (!photo.isRaster() || photo.getSourceWidth() >= SHARP_LEAD) {
            return;
        }
        for (Use use : uses) {
            if (use.field().equals("image")) {
                errors.add(ContentError.warning(use.file(), use.line(), use.field(), Message.of("photo.problem", "assets/" + job.path(),
                        Message.of("photo.small", photo.getSourceWidth())), Message.of("hint.photo.small", SHARP_LEAD)));
            }
        }
    }

    /**
     * The picture at {@code path} and its digest: the content hash the build listed it with ({@code hash}), or,
     * when the listing had none, computed here.
     */
    private static Identified identify(Path root, String path, String hash) throws IOException {
        Path file = root.resolve("assets").resolve(path);
        return new Identified(file, hash == null || hash.isEmpty() ? Hashes.digest(Files.readAllBytes(file)) : hash);
    }

    /**
     * The photo of {@code job}: described by the cache (a description is only ever stored for bytes that were made
     * into a photo, so the file need not be opened), published as it is (SVG), or made now and cached.
     */
    private static Photo photo(Job job, Identified source, Recipe recipe, Store store, Budget budget, String base,
                               AtomicInteger made, AtomicInteger cached, Map<String, Making> makings) throws Refused, IOException {
        Key described = key("photo", source, recipe, job);
        Key files = key("photo-files", source, recipe, job);
        Optional<Made> description = store.read(described).flatMap(Stored::description);
        if (description.isPresent()) {
            cached.incrementAndGet();
        } else {
            FileType type = source.type();
            if (type == FileType.SVG) {
                long length = Files.size(source.file());
                Photo.File original = new Photo.File(job.path(), "image/svg+xml", 0, 0, length);
                return new Photo(job.path(), base, 0, 0, List.of(), List.of(), List.of(), List.of(), original);
            }
            refuseIfNotPhoto(type);
            Made m = Maker.make(source.file(), type, recipe, job.focusX(), job.focusY(), budget);
            store.write(files, Stored.files(m));
            store.write(described, Stored.description(m));
            description = Optional.of(m.described());
            made.incrementAndGet();
        }
        Making making = new Making(job, source, recipe, files, description.get());
        makings.put(job.name(), making);
        return photo(making, base);
    }

    private static void refuseIfNotPhoto(FileType type) throws Refused {
        switch (type) {
            case JPEG, PNG, GIF, WEBP -> {
                // made into sizes
            }
            case WEBP_ANIMATION -> throw new Refused(Message.of("photo.animated", type.shown), Message.of("hint.photo.animated"));
            case HEIF -> throw new Refused(Message.of("photo.heic"), Message.of("hint.photo.heic"));
            case AVIF, BMP, TIFF -> throw new Refused(Message.of("photo.format", type.shown), Message.of("hint.photo.export"));
            case PDF -> throw new Refused(Message.of("photo.document", type.shown), Message.of("hint.photo.export"));
            case TEXT -> throw new Refused(Message.of("photo.text"), Message.of("hint.photo.export"));
            default -> throw new Refused(Message.of("photo.unknown"), Message.of("hint.photo.export"));
        }
    }

    /** The key of a picture's {@code kind} of entry: its bytes, the recipe, and the focus point. */
    private static Key key(String kind, Identified source, Recipe recipe, Job job) {
        return Key.of(kind).add(Stored.VERSION).add(source.digest()).add(recipe.digest()).add(job.focusX()).add(job.focusY()).key();
    }

    /** The fingerprint in a file's name: of the picture's bytes and the recipe, and for thumbnails the focus point too. */
    private static String fingerprint(Identified source, Recipe recipe, Job job, boolean thumbnail) {
        Key.Builder key = Key.of("photo-name").add(source.digest()).add(recipe.digest());
        if (thumbnail) {
            key.add(job.focusX()).add(job.focusY());
        }
        return key.key().hex().substring(0, 10);
    }

    /** The photo a description makes, its files named. */
    private static Photo photo(Making m, String base) {
        String stem = stem(m.job().path());
        String sizes = fingerprint(m.source(), m.recipe(), m.job(), false);
        String thumbs = fingerprint(m.source(), m.recipe(), m.job(), true);
        List<Photo.File> jpeg = new ArrayList<>();
        List<Photo.File> webp = new ArrayList<>();
        List<Photo.File> thumbJpeg = new ArrayList<>();
        List<Photo.File> thumbWebp = new ArrayList<>();
        Photo.File share = null;
        for (Made.File f : m.description().files()) {
            Photo.File file = file(stem, f, f.role() == Made.Role.THUMBNAIL ? thumbs : sizes);
            switch (f.role()) {
                case SIZE -> (f.format().equals("jpg") ? jpeg : webp).add(file);
                case THUMBNAIL -> (f.format().equals("jpg") ? thumbJpeg : thumbWebp).add(file);
                case SHARE -> share = file;
            }
        }
        int shared = Math.min(Recipe.SHARE, m.description().width());
        if (share == null) {
            share = jpeg.stream().filter(f -> f.width() == shared).findFirst().orElse(jpeg.get(jpeg.size() - 1));
        }
        return new Photo(m.job().path(), base, m.description().width(), m.description().height(), jpeg, webp, thumbJpeg,
                thumbWebp, share);
    }

    private static Photo.File file(String stem, Made.File f, String fingerprint) {
        String size = f.role() == Made.Role.THUMBNAIL ? f.width() + "x" + f.height() : String.valueOf(f.width());
        return new Photo.File(stem + "-" + size + "." + fingerprint + "." + f.format(), f.format().equals("jpg") ? "image/jpeg"
                : "image/webp", f.width(), f.height(), f.length());
    }

    /** "anh/images/2014/01/hoi-nghi" for "images/2014/01/Hội nghị.JPG": each folder and the name made an address. */
    static String stem(String path) {
        String[] parts = path.split("/");
        StringBuilder out = new StringBuilder(FOLDER);
        for (int i = 0; i < parts.length; i++) {
            String part = i == parts.length - 1 && parts[i].contains(".") ? parts[i].substring(0, parts[i].lastIndexOf('.')) : parts[i];
            String slug = Slugs.slugify(part);
            out.append('/').append(slug.isEmpty() ? "anh" : slug);
        }
        return out.toString();
    }

    /** The site paths of every file the pictures need. */
    public Set<String> files() {
        Set<String> out = new TreeSet<>();
        for (Making m : makings.values()) {
            photo(m, "").files().forEach(f -> out.add(f.path()));
        }
        return out;
    }

    /**
     * Writes the pictures' files into the site at {@code out}, from the cache (made again where it lost them). With
     * {@code present} (not null), {@code out} holds the site a build wrote before, whose files of anh/ these are
     * (as its record listed them, or as the preview wrote them): only the files it lacks are written, and those no
     * picture needs any more are deleted, with no look at the folder. Returns the site paths written or deleted.
     */
    public List<String> write(Path out, Set<String> present) throws IOException {
        Set<String> wanted = files();
        List<String> touched = new ArrayList<>();
        boolean edit = present != null;
        if (edit) {
            for (String gone : present) { // in any order: what was touched is sorted below
                if (!wanted.contains(gone) && Files.deleteIfExists(out.resolve(gone))) {
                    touched.add(gone);
                    // A folder left empty is not in a whole build either.
                    for (Path folder = out.resolve(gone).getParent(); !folder.equals(out) && isEmpty(folder); folder = folder.getParent()) {
                        Files.delete(folder);
                    }
                }
            }
        }
        // Each file once, by the first picture (in name order) that has it: pictures may share their sizes.
        Map<String, List<String>> byMaking = new TreeMap<>();
        Set<String> assigned = new java.util.HashSet<>();
        for (String name : new TreeSet<>(makings.keySet())) {
            for (Photo.File f : photo(makings.get(name), "").files()) {
                if ((!edit || !present.contains(f.path())) && assigned.add(f.path())) {
                    byMaking.computeIfAbsent(name, k -> new ArrayList<>()).add(f.path());
                }
            }
        }
        ExecutorService workers = workers();
        try {
            List<Future<List<String>>> done = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : byMaking.entrySet()) {
                Making m = makings.get(e.getKey());
                Set<String> paths = Set.copyOf(e.getValue());
                done.add(workers.submit((Callable<List<String>>) () -> write(m, paths, out)));
            }
            for (Future<List<String>> f : done) {
                touched.addAll(f.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the photos: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            workers.shutdownNow();
        }
        Collections.sort(touched);
        return touched;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Whether {@code sitePath} names one of the files the photos put into a site (anh/…, JPEG or WebP). */
    public static boolean isFile(String sitePath) {
        return sitePath.startsWith(FOLDER + "/") && (sitePath.endsWith(".jpg") || sitePath.endsWith(".webp"));
    }

    /** Writes the files {@code paths} of one picture, its bytes read from the cache or made again. */
    private List<String> write(Making m, Set<String> paths, Path out) throws IOException {
        byte[] payload = store.read(m.files()).filter(bytes -> Stored.fits(m.description(), bytes)).orElse(null);
        if (payload == null) {
            Made full;
            try {
                full = Maker.make(m.source().file(), m.source().type(), m.recipe(), m.job().focusX(), m.job().focusY(), Budget.ofHeap());
            } catch (Refused e) {
                throw new IOException("the photo " + m.job().path() + " changed while the site was written", e);
            }
            payload = Stored.files(full);
            store.write(m.files(), payload);
            made.incrementAndGet();
        }
        String stem = stem(m.job().path());
        List<String> wrote = new ArrayList<>();
        Set<Path> folders = new java.util.HashSet<>();
        int at = 0;
        // The files' bytes follow one another in the description's order: each is written from its place in the entry.
        for (Made.File f : m.description().files()) {
            String path = file(stem, f, fingerprint(m.source(), m.recipe(), m.job(), f.role() == Made.Role.THUMBNAIL)).path();
            if (paths.contains(path) && !wrote.contains(path)) {
                Path file = out.resolve(path);
                if (folders.add(file.getParent())) {
                    Files.createDirectories(file.getParent());
                }
                try (java.io.OutputStream o = Files.newOutputStream(file)) {
                    o.write(payload, at, (int) f.length());
                }
                wrote.add(path);
            }
            at += (int) f.length();
        }
        return wrote;
    }

    /**
     * After an edit, the originals in the site at {@code out} as a whole build would leave them: those now
     * {@code withheld} (an article made a picture its photo) deleted, those {@code before} withheld and no longer
     * copied from assets/. Returns the site paths written or deleted.
     */
    public static List<String> originals(Path root, Path out, Set<String> before, Set<String> withheld) throws IOException {
        List<String> touched = new ArrayList<>();
        for (String path : new TreeSet<>(withheld)) {
            if (!before.contains(path) && Files.deleteIfExists(out.resolve(path))) {
                touched.add(path);
            }
        }
        for (String path : new TreeSet<>(before)) {
            if (!withheld.contains(path) && Files.isRegularFile(root.resolve("assets").resolve(path))) {
                Path target = out.resolve(path);
                Files.createDirectories(target.getParent());
                Files.copy(root.resolve("assets").resolve(path), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                touched.add(path);
            }
        }
        return touched;
    }
}
