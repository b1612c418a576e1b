package vn.gov.noivu.bantin.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.base.ContentError;

/** Listing content/: the walk and the up-to-date check's listing kept the same way. */
class SourceTest {

    @Test
    void filesListedByAnotherWalkAreKeptAsTheWalkKeepsThem(@TempDir Path root) throws IOException {
        Path content = root.resolve("content");
        for (String f : List.of("tin-tuc/2026/01/b.md", "tin-tuc/2026/01/a.md", "tin-tuc/.nhap/c.md", ".git/config", ".gitkeep",
                "tin-tuc/README.md", "readme.txt", "trang/gioi-thieu.md", "trang/.DS_Store", "z.md")) {
            Path p = content.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        List<Source.Found> everything = new ArrayList<>();
        try (Stream<Path> all = Files.walk(content)) {
            List<Path> paths = new ArrayList<>(all.toList());
            java.util.Collections.reverse(paths); // another order than the walk's
            for (Path p : paths) {
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isRegularFile()) {
                    everything.add(new Source.Found(p, attrs));
                }
            }
        }
        List<ContentError> errors = new ArrayList<>();
        List<Path> walked = Source.files(root, content, errors).stream().map(Source.Found::path).toList();
        assertEquals(List.of("tin-tuc/2026/01/a.md", "tin-tuc/2026/01/b.md", "trang/gioi-thieu.md", "z.md"),
                walked.stream().map(p -> content.relativize(p).toString().replace('\\', '/')).toList());
        assertEquals(walked, Source.kept(content, everything).stream().map(Source.Found::path).toList());
        assertEquals(List.of(), errors);
    }
}
