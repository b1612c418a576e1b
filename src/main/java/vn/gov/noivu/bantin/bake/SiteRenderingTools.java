package vn.gov.noivu.bantin.bake;

import java.io.File;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * The site's {@link RenderingTool}s, registered in {@code META-INF/services}: JBake calls them after
 * its document pass, with the renderer of the bake they belong to. JBake's own index/tags/feed/archive/sitemap tools are switched off in the
 * configuration, since these replace them.
 */
final class SiteRenderingTools {
    private SiteRenderingTools() {
    }

    /** Home page, category and tag listings, paginated. */
    public static final class Listings extends Tool {
        @Override
        int run(BakeSession s) {
            return s.pages.listings();
        }

        @Override
        String name() {
            return "listings";
        }
    }

    /** The documents registry: its lists and one page per document (package vanban). */
    public static final class Documents extends Tool {
        @Override
        int run(BakeSession s) {
            return s.pages.documents();
        }

        @Override
        String name() {
            return "van-ban";
        }
    }

    /** The work schedule: one page per week and the current week (package lich). */
    public static final class WorkSchedule extends Tool {
        @Override
        int run(BakeSession s) {
            return s.pages.schedule();
        }

        @Override
        String name() {
            return "lich-cong-tac";
        }
    }

    /** Tags index, 404 page, feed directory, search page, archive and alias redirects. */
    public static final class Extras extends Tool {
        @Override
        int run(BakeSession s) {
            return s.pages.extras();
        }

        @Override
        String name() {
            return "extras";
        }
    }

    abstract static class Tool implements RenderingTool {
        abstract int run(BakeSession s);

        abstract String name();

        @Override
        public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
            if (!(renderer instanceof SitePageRenderer site)) {
                throw new RenderingException("a Bản tin rendering tool ran outside a Bản tin bake");
            }
            BakeSession s = site.session();
            long start = System.nanoTime();
            try {
                int n = run(s);
                s.count(name(), n, start);
                return n;
            } catch (RuntimeException e) {
                throw new RenderingException(e);
            }
        }

        @Override
        @Deprecated
        public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                          CompositeConfiguration config) throws RenderingException {
            return render(renderer, db, null);
        }
    }
}
