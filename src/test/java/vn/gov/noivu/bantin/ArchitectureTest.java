package vn.gov.noivu.bantin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering the style guide asks for: JBake behind one package, exits only in the CLI. */
class ArchitectureTest {
    private static List<String> filesContaining(String text, String exceptPackage) throws IOException {
        Path main = TestSites.repo().resolve("src/main/java/vn/gov/noivu/bantin");
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(main)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String rel = main.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(exceptPackage + "/") && Files.readString(p).contains(text)) {
                    found.add(rel);
                }
            }
        }
        return found;
    }

    @Test
    void onlyTheBakePackageImportsJBake() throws IOException {
        assertEquals(List.of(), filesContaining("import org.jbake.", "bake"));
    }

    @Test
    void onlyTheCommandLineExitsTheProcess() throws IOException {
        assertEquals(List.of(), filesContaining("System.exit(", "cli"));
    }
}
