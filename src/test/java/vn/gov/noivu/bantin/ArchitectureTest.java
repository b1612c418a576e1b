package vn.gov.noivu.bantin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering the style guide asks for: packages without cycles, JBake behind one package, exits only in the CLI. */
class ArchitectureTest {
    private static final Path MAIN = TestSites.repo().resolve("src/main/java/vn/gov/noivu/bantin");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?vn\\.gov\\.noivu\\.bantin\\.(\\w+)\\.", Pattern.MULTILINE);

    private static List<String> filesContaining(String text, String exceptPackage) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String rel = MAIN.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(exceptPackage + "/") && Files.readString(p).contains(text)) {
                    found.add(rel);
                }
            }
        }
        return found;
    }

    /** Each package of the project and the other packages of the project it imports. */
    static Map<String, Set<String>> packageImports() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = MAIN.relativize(p.getParent()).toString().replace('\\', '/');
                Set<String> uses = imports.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(p));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        uses.add(m.group(1));
                    }
                }
            }
        }
        return imports;
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> imports = packageImports();
        List<String> cycles = new ArrayList<>();
        for (String start : imports.keySet()) {
            // Every package reachable from start; start among them is a cycle.
            Set<String> seen = new TreeSet<>();
            List<String> queue = new ArrayList<>(imports.get(start));
            while (!queue.isEmpty()) {
                String next = queue.remove(queue.size() - 1);
                if (seen.add(next)) {
                    queue.addAll(imports.getOrDefault(next, Set.of()));
                }
            }
            if (seen.contains(start)) {
                cycles.add(start);
            }
        }
        assertEquals(List.of(), cycles, imports.toString());
    }

    @Test
    void theBasePackageDependsOnNothingAndSettingsOnlyOnIt() throws IOException {
        Map<String, Set<String>> imports = packageImports();
        assertEquals(Set.of(), imports.get("base"));
        assertEquals(Set.of("base"), imports.get("config"));
        assertEquals(Set.of("base"), imports.get("markdown"));
        assertEquals(Set.of("base"), imports.get("source"));
    }

    @Test
    void onlyTheBakePackageImportsJBake() throws IOException {
        assertEquals(List.of(), filesContaining("import org.jbake.", "bake"));
    }

    @Test
    void onlyTheCommandLineExitsTheProcess() throws IOException {
        assertEquals(List.of(), filesContaining("System.exit(", "cli"));
    }

    @Test
    void onlyThePipelineRunsTheStagesThatWriteAfterThePages() throws IOException {
        assertEquals(List.of("pipeline/Pipeline.java"), filesContaining("Feeds.write(", "feed"));
        assertEquals(List.of("pipeline/Pipeline.java"), filesContaining("SearchIndex.write(", "search"));
        assertEquals(List.of("pipeline/Pipeline.java"), filesContaining("Sitemap.write(", "sitemap"));
        assertEquals(List.of("pipeline/Pipeline.java"), filesContaining("Bakery.bake(", "bake"));
        assertEquals(List.of("pipeline/Pipeline.java"), filesContaining("Desk.write(", "desk"));
    }
}
