package vn.gov.noivu.bantin.bake;

import com.orientechnologies.orient.core.db.ODatabaseSession;
import com.orientechnologies.orient.core.metadata.OMetadata;
import com.orientechnologies.orient.core.metadata.schema.OSchema;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store with its queries answered from an in-memory index. JBake 2.7 re-queries all
 * documents of a type for every page it renders and looks each one up with a linear {@code indexOf}
 * in a linked list (quadratic); here every query is a cached list with constant-time lookups.
 * A bake always starts from an empty store, so nothing needs to persist between bakes, and OrientDB is
 * not started at all: JBake's {@code updateSchema()} is final and asks the database whether its two
 * classes exist, so the store hands it a stand-in session that answers yes and refuses everything else
 * (see {@link #startup()}).
 */
final class IndexedContentStore extends ContentStore {
    private final List<DocumentModel> documents = new ArrayList<>();
    private final Map<String, DocumentModel> bySourceUri = new HashMap<>();
    private final Map<String, IndexedList> byType = new HashMap<>();

    IndexedContentStore() {
        super("memory", "bantin");
    }

    /** A document list with array access and identity lookup, so JBake's navigation code is O(1). */
    static final class IndexedList extends DocumentList<DocumentModel> {
        private final ArrayList<DocumentModel> array;
        private final IdentityHashMap<Object, Integer> index = new IdentityHashMap<>();

        IndexedList(List<DocumentModel> docs) {
            super.addAll(docs);
            this.array = new ArrayList<>(docs);
            for (int i = 0; i < array.size(); i++) {
                index.putIfAbsent(array.get(i), i);
            }
        }

        @Override
        public DocumentModel get(int i) {
            return array.get(i);
        }

        @Override
        public int indexOf(Object o) {
            Integer i = index.get(o);
            return i == null ? -1 : i;
        }

        @Override
        public DocumentModel getFirst() {
            if (array.isEmpty()) {
                throw new java.util.NoSuchElementException();
            }
            return array.get(0);
        }

        @Override
        public DocumentModel getLast() {
            if (array.isEmpty()) {
                throw new java.util.NoSuchElementException();
            }
            return array.get(array.size() - 1);
        }
    }

    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator
            .comparing((DocumentModel d) -> d.getDate() == null ? new Date(Long.MIN_VALUE) : d.getDate()).reversed()
            .thenComparing(DocumentModel::getFile);

    /**
     * Gives JBake's private {@code db} field a session that answers JBake's schema check and its close,
     * instead of starting OrientDB's in-memory engine: about 0.5 s of CPU per build, a sixth of a
     * 1,000-article build, for a database no query reads.
     */
    @Override
    public void startup() {
        OSchema schema = standIn(OSchema.class, (self, name) -> name.equals("existsClass") ? Boolean.TRUE : null);
        OMetadata metadata = standIn(OMetadata.class, (self, name) -> name.equals("getSchema") ? schema : null);
        ODatabaseSession session = standIn(ODatabaseSession.class, (self, name) -> switch (name) {
            case "getMetadata" -> metadata;
            case "activateOnCurrentThread" -> self;
            case "close" -> Void.TYPE;
            default -> null;
        });
        try {
            Field db = ContentStore.class.getDeclaredField("db");
            db.setAccessible(true);
            db.set(this, session);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JBake's ContentStore has changed (expected JBake 2.7.0): " + e, e);
        }
        updateSchema();
    }

    /** A proxy of {@code type} answering the methods {@code answer} knows (null: not supported). */
    private static <T> T standIn(Class<T> type, java.util.function.BiFunction<Object, String, Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "OrientDB stand-in " + type.getSimpleName();
                };
            }
            Object result = answer.apply(self, method.getName());
            if (result == null) {
                throw new UnsupportedOperationException("OrientDB is not started in a Bản tin build; JBake called "
                        + type.getSimpleName() + "." + method.getName());
            }
            return result == Void.TYPE ? null : result;
        }));
    }

    @Override
    public void addDocument(DocumentModel document) {
        documents.add(document);
        bySourceUri.put(document.getSourceuri(), document);
        byType.clear();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> out = new DocumentList<>();
        DocumentModel d = bySourceUri.get(uri);
        if (d != null) {
            out.add(d);
        }
        return out;
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return getDocumentStatus(uri);
    }

    @Override
    public void deleteContent(String uri) {
        DocumentModel d = bySourceUri.remove(uri);
        documents.remove(d);
        byType.clear();
    }

    @Override
    public long getDocumentCount(String docType) {
        return getAllContent(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getPublishedContent(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return byType.computeIfAbsent(docType, t -> new IndexedList(documents.stream()
                .filter(d -> t.equals(d.getType())).sorted(NEWEST_FIRST).toList()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return new IndexedList(getAllContent(docType).stream().filter(d -> "published".equals(d.getStatus())).toList());
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new IndexedList(documents.stream().filter(d -> !Boolean.TRUE.equals(d.getRendered()))
                .sorted(NEWEST_FIRST).toList());
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public Set<String> getAllTags() {
        Set<String> tags = new LinkedHashSet<>();
        for (DocumentModel d : getPublishedContent("post")) {
            if (d.getTags() != null) {
                tags.addAll(List.of(d.getTags()));
            }
        }
        return tags;
    }

    @Override
    public Set<String> getTags() {
        return getAllTags();
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, java.io.File templateFolder) {
        documents.clear();
        bySourceUri.clear();
        byType.clear();
    }
}
