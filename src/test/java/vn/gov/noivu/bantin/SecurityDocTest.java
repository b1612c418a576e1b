package vn.gov.noivu.bantin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md lists every version the pom's enforcer bans with the advisories it keeps out, and no ban's
 * floor is below the release that fixed an advisory listed for it: a floor that falls behind the advisories
 * (lz4-java's stopped at 1.10.1 while 1.11.2 fixed the last one) fails here.
 */
class SecurityDocTest {
    private static final Pattern EXCLUDE = Pattern.compile("<exclude>([^<]+)</exclude>");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\| (.+) \\|$");
    private static final Pattern ADVISORY = Pattern.compile("(CVE-\\d{4}-\\d{4,}|GHSA(?:-[0-9a-z]{4}){3})(?: \\(fixed in ([0-9.]+)\\))?");
    /** A range with a floor: every version before it is banned. */
    private static final Pattern FLOOR = Pattern.compile(".*:\\[,([0-9.]+)\\)");

    /** The excludes of the pom's bannedDependencies, in order. */
    static List<String> bans(String pom) {
        String rule = pom.substring(pom.indexOf("<bannedDependencies>"), pom.indexOf("</bannedDependencies>"));
        String excludes = rule.substring(rule.indexOf("<excludes>"), rule.indexOf("</excludes>"));
        List<String> bans = new ArrayList<>();
        for (Matcher m = EXCLUDE.matcher(excludes); m.find(); ) {
            bans.add(m.group(1));
        }
        return bans;
    }

    /** The rows of the table "What the enforcer bans": ban → advisories. */
    static Map<String, String> rows(String doc) {
        String section = doc.substring(doc.indexOf("### What the enforcer bans"));
        section = section.substring(0, section.indexOf("\n\n", section.indexOf("| ban |")));
        Map<String, String> rows = new LinkedHashMap<>();
        for (Matcher m = ROW.matcher(section); m.find(); ) {
            rows.put(m.group(1), m.group(2));
        }
        return rows;
    }

    /** -1, 0 or 1 as {@code a} is before, the same as or after {@code b}, compared number by number ("1.10.1" after "1.8.1"). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** What is wrong between the bans of {@code pom} and the table of {@code doc}, one line each. */
    static List<String> problems(String pom, String doc) {
        List<String> bans = bans(pom);
        Map<String, String> rows = rows(doc);
        List<String> problems = new ArrayList<>();
        for (String ban : bans) {
            String advisories = rows.get(ban);
            if (advisories == null) {
                problems.add(ban + ": banned in pom.xml, not listed in docs/security.md");
                continue;
            }
            Matcher a = ADVISORY.matcher(advisories);
            if (!a.find() && !advisories.startsWith("none")) {
                problems.add(ban + ": neither an advisory nor why there is none");
            }
            Matcher floor = FLOOR.matcher(ban);
            for (a.reset(); a.find(); ) {
                if (a.group(2) != null && (!floor.matches() || compareVersions(floor.group(1), a.group(2)) < 0)) {
                    problems.add(ban + ": " + a.group(1) + " was fixed in " + a.group(2) + ", above the floor");
                }
            }
        }
        rows.keySet().stream().filter(r -> !bans.contains(r)).forEach(r -> problems.add(r + ": listed, but not a ban in pom.xml"));
        return problems;
    }

    @Test
    void everyBanOfThePomIsListedWithItsAdvisoriesAndNoFloorIsBelowAFix() throws IOException {
        String pom = Files.readString(TestSites.repo().resolve("pom.xml"));
        String doc = Files.readString(TestSites.repo().resolve("docs/security.md"));
        assertTrue(bans(pom).size() >= 18, bans(pom).toString());
        assertEquals(List.of(), problems(pom, doc));
        assertTrue(rows(doc).get("at.yawk.lz4:lz4-java:[,1.11.2)").contains("GHSA-4v53-57pg-c464 (fixed in 1.11.2)"));
    }

    @Test
    void aFloorBelowAListedFixAMissingBanAndAStaleRowAreEachFound() throws IOException {
        String pom = Files.readString(TestSites.repo().resolve("pom.xml"));
        String doc = Files.readString(TestSites.repo().resolve("docs/security.md"));
        String lowered = pom.replace("at.yawk.lz4:lz4-java:[,1.11.2)", "at.yawk.lz4:lz4-java:[,1.10.1)");
        String loweredDoc = doc.replace("`at.yawk.lz4:lz4-java:[,1.11.2)`", "`at.yawk.lz4:lz4-java:[,1.10.1)`");
        assertEquals(List.of("at.yawk.lz4:lz4-java:[,1.10.1): CVE-2026-59949 was fixed in 1.11.1, above the floor",
                "at.yawk.lz4:lz4-java:[,1.10.1): GHSA-6cx8-rjf8-pr8g was fixed in 1.11.2, above the floor",
                "at.yawk.lz4:lz4-java:[,1.10.1): GHSA-4v53-57pg-c464 was fixed in 1.11.2, above the floor"), problems(lowered, loweredDoc));
        assertEquals(List.of("at.yawk.lz4:lz4-java:[,1.10.1): banned in pom.xml, not listed in docs/security.md",
                "at.yawk.lz4:lz4-java:[,1.11.2): listed, but not a ban in pom.xml"), problems(lowered, doc));
        String noReason = doc.replace("| none: OrientDB 3.2 breaks JBake 2.7, so it stays on 3.1.x |", "| OrientDB 3.2 breaks JBake |");
        assertEquals(List.of("com.orientechnologies:*:[3.2,): neither an advisory nor why there is none"), problems(pom, noReason));
        assertFalse(compareVersions("1.10.1", "1.8.1") < 0);
    }
}
