package vn.gov.noivu.bantin.lich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.site.Section;

/** Guards reading the work schedule: week files, every mistake with its exact message, "today" and "this week". */
class ScheduleTest {
    static final String FILE = "data/lich-cong-tac/2026-W48.yaml";
    /** Monday and Tuesday of week 48 of 2026, and Saturday; the entries of Monday out of time order. */
    static final String WEEK = """
            ghi_chu: "Lịch có thể thay đổi."
            lich:
              - ngay: 2026-11-23
                cong_viec:
                  - gio: "14:00"
                    lanh_dao: "Phó Giám đốc Sở"
                    noi_dung: "Thẩm định đề án vị trí việc làm"
                    dia_diem: "Sở Y tế"
                  - gio: "07:30"
                    lanh_dao: "Giám đốc Sở"
                    noi_dung: "Giao ban lãnh đạo Sở"
                    dia_diem: "Phòng họp tầng 2"
                    thanh_phan: "Trưởng các phòng"
              - ngay: 2026-11-24
                cong_viec:
                  - gio: "08:00"
                    lanh_dao: "Giám đốc Sở"
                    noi_dung: "Phiên họp Ủy ban nhân dân tỉnh"
                    dia_diem: "Hội trường Ủy ban nhân dân tỉnh"
              - ngay: 2026-11-28
                cong_viec:
                  - gio: "08:00"
                    lanh_dao: "Phó Giám đốc Sở"
                    noi_dung: "Kiểm tra kỳ thi tuyển công chức"
                    dia_diem: "Trường Chính trị tỉnh"
            """;

    @TempDir
    Path root;
    final List<ContentError> errors = new ArrayList<>();

    ScheduleTest write(String rel, String text) {
        TestSites.write(root, rel, text);
        return this;
    }

    Optional<Schedule> load(ZonedDateTime now) {
        return Schedule.load(root, now, errors);
    }

    List<String> errorsOf(String file, String text) {
        write(file, text);
        load(TestSites.NOW);
        return errors.stream().sorted().map(TestSites::en).toList();
    }

    /** A week file with one entry on {@code day}. */
    static String oneEntry(String day) {
        return "lich:\n  - ngay: " + day + "\n    cong_viec:\n      - gio: \"08:00\"\n        lanh_dao: \"Giám đốc Sở\"\n"
                + "        noi_dung: \"Giao ban\"\n        dia_diem: \"Phòng họp\"\n";
    }

    /** The desk names a new week's file for the week its form names (tuan), in lower case as Decap writes file names. */
    @Test
    void aWeekMaySayItsWeekAndItsFileMayBeNamedInLowerCase() {
        write("data/lich-cong-tac/2026-w49.yaml", "tuan: \"2026-W49\"\n" + oneEntry("2026-11-30"));
        Schedule s = load(TestSites.NOW).orElseThrow();
        assertEquals(List.of(), errors);
        assertEquals(LocalDate.of(2026, 11, 30), s.weeks().get(0).monday());
        assertEquals("lich-cong-tac/2026-w49.html", s.weeks().get(0).url());
    }

    @Test
    void aWeekThatNamesAnotherWeekOrHasTwoFilesIsAnError() {
        assertEquals(List.of("data/lich-cong-tac/2026-W48.yaml:1: tuan: \"2026-W49\" is not the week of this file (2026-W48) (write "
                + "tuan: \"2026-W48\", or move the schedule to that week's file)"), errorsOf(FILE, "tuan: \"2026-W49\"\n" + oneEntry("2026-11-23")));
        errors.clear();
        write(FILE, oneEntry("2026-11-23")).write("data/lich-cong-tac/2026-w48.yaml", oneEntry("2026-11-24"));
        load(TestSites.NOW);
        assertEquals(List.of("data/lich-cong-tac/2026-w48.yaml: this week already has the file data/lich-cong-tac/2026-W48.yaml (one "
                + "file a week: move the entries into the other file and delete this one)"), errors.stream().map(TestSites::en).toList());
        assertEquals("data/lich-cong-tac/2026-w48.yaml: tuần này đã có tệp data/lich-cong-tac/2026-W48.yaml (mỗi tuần một tệp: chép các "
                + "việc vào tệp kia rồi xóa tệp này)", errors.get(0).in(vn.gov.noivu.bantin.base.Language.VI));
    }

    @Test
    void noDataFolderNoSchedule() {
        assertEquals(Optional.empty(), load(TestSites.NOW));
    }

    @Test
    void weekShowsWorkingDaysAndListedWeekendDaysWithEntriesInTimeOrder() {
        write(FILE, WEEK);
        Schedule s = load(TestSites.NOW).orElseThrow();
        assertEquals(List.of(), errors);
        Week w = s.weeks().get(0);
        assertEquals("Lịch công tác tuần 48/2026", w.title());
        assertEquals("23/11/2026 – 29/11/2026", w.rangeText());
        assertEquals("lich-cong-tac/2026-w48.html", w.url());
        assertEquals("Lịch có thể thay đổi.", w.note());
        assertEquals(List.of("Thứ Hai, 23/11/2026", "Thứ Ba, 24/11/2026", "Thứ Tư, 25/11/2026", "Thứ Năm, 26/11/2026",
                "Thứ Sáu, 27/11/2026", "Thứ Bảy, 28/11/2026"), w.days().stream().map(Day::label).toList());
        assertEquals(List.of("07:30", "14:00"), w.days().get(0).entries().stream().map(Entry::timeText).toList());
        assertEquals(List.of(), w.days().get(2).entries());
        assertEquals("Trưởng các phòng", w.days().get(0).entries().get(0).participants());
        assertEquals("", w.days().get(0).entries().get(1).participants());
        assertEquals("2026-11-23T07:30:00+07:00", w.days().get(0).entries().get(0).timeIso());
    }

    @Test
    void todayAndTheNextEntriesFollowTheBuildsClock() {
        write(FILE, WEEK);
        Schedule monday = load(TestSites.NOW).orElseThrow();
        assertEquals("Thứ Hai, 23/11/2026", monday.todayLabel());
        assertEquals(List.of("Giao ban lãnh đạo Sở", "Thẩm định đề án vị trí việc làm"),
                monday.todayEntries().stream().map(Entry::content).toList());
        assertEquals(List.of("Phiên họp Ủy ban nhân dân tỉnh", "Kiểm tra kỳ thi tuyển công chức"),
                monday.upcoming(3).stream().map(Entry::content).toList());
        Schedule wednesday = load(ZonedDateTime.parse("2026-11-25T16:59+07:00")).orElseThrow();
        assertEquals(List.of(), wednesday.todayEntries());
        assertEquals(List.of("Kiểm tra kỳ thi tuyển công chức"), wednesday.upcoming(3).stream().map(Entry::content).toList());
        // 23:30 UTC on Sunday is already Monday in Vietnam.
        Schedule utc = load(ZonedDateTime.parse("2026-11-22T17:30Z")).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 23), utc.today());
    }

    @Test
    void currentWeekIsTheOneContainingNowOrTheNearestWithLaterWinningATie() {
        write(FILE, WEEK).write("data/lich-cong-tac/2026-W46.yaml", oneEntry("2026-11-10"))
                .write("data/lich-cong-tac/2026-W50.yaml", oneEntry("2026-12-08"));
        Schedule.Current now = load(TestSites.NOW).orElseThrow().current().orElseThrow();
        assertEquals(48, now.week().week());
        assertTrue(now.exact());
        Schedule.Current w47 = load(ZonedDateTime.parse("2026-11-17T08:00+07:00")).orElseThrow().current().orElseThrow();
        assertEquals(48, w47.week().week(), "W46 and W48 are as near; the coming week wins");
        assertFalse(w47.exact());
        assertEquals("16/11/2026 – 22/11/2026", w47.thisWeek());
        assertEquals(50, load(ZonedDateTime.parse("2026-12-30T08:00+07:00")).orElseThrow().current().orElseThrow().week().week());
        assertEquals(46, load(ZonedDateTime.parse("2026-01-05T08:00+07:00")).orElseThrow().current().orElseThrow().week().week());
        assertEquals(List.of(), errors);
    }

    @Test
    void previousAndNextAreTheNeighbouringFiles() {
        write(FILE, WEEK).write("data/lich-cong-tac/2026-W46.yaml", oneEntry("2026-11-10"));
        Schedule s = load(TestSites.NOW).orElseThrow();
        Week w46 = s.weeks().get(0);
        Week w48 = s.weeks().get(1);
        assertNull(s.previous(w46));
        assertEquals(w48, s.next(w46));
        assertEquals(w46, s.previous(w48));
        assertNull(s.next(w48));
        assertEquals(List.of("lich-cong-tac/", "lich-cong-tac/2026-w46.html", "lich-cong-tac/2026-w48.html"),
                s.pages().stream().map(Section.Page::path).toList());
    }

    @Test
    void fileNameMustBeAnIsoWeek() {
        assertEquals(List.of("data/lich-cong-tac/2026-48.yaml: the file name is not an ISO week (name the file for its week, "
                + "e.g. data/lich-cong-tac/2026-W48.yaml for 23/11/2026 – 29/11/2026)"), errorsOf("data/lich-cong-tac/2026-48.yaml", WEEK));
    }

    @Test
    void weekFiftyThreeOnlyInTheYearsThatHaveIt() throws IOException {
        assertEquals(List.of("data/lich-cong-tac/2025-W53.yaml: the year 2025 has no week 53 (ISO weeks run from W01 to W52 "
                + "(W53 in some years))"), errorsOf("data/lich-cong-tac/2025-W53.yaml", oneEntry("2025-12-29")));
        errors.clear();
        // 2026 begins on a Thursday: its week 53 runs from 28/12/2026 to 03/01/2027.
        Files.delete(root.resolve("data/lich-cong-tac/2025-W53.yaml"));
        assertEquals(List.of(), errorsOf("data/lich-cong-tac/2026-W53.yaml", oneEntry("2027-01-03")));
    }

    /** The hint of an empty week file points to where the format is written: the guide's section for editors, content.md in English. */
    @Test
    void anEmptyWeekFileSaysWhereTheFormatIs() {
        assertEquals(List.of(FILE + ":1: the file is empty (write the fields as 'name: value' lines, as docs/content.md shows for the "
                + "work schedule)"), errorsOf(FILE, ""));
        assertEquals(FILE + ":1: tệp trống (ghi các trường, mỗi dòng 'tên: giá trị', như mục \"Lịch công tác\" của "
                + "docs/huong-dan-bien-tap.md)", errors.get(0).toString());
    }

    @Test
    void onlyTheScheduleLivesInData() {
        write(FILE, WEEK);
        assertEquals(List.of("data/nhan-su.yaml: the build reads nothing here (data/ holds the work schedule only, one file "
                + "per week: data/lich-cong-tac/2026-W48.yaml)"), errorsOf("data/nhan-su.yaml", "a: 1\n"));
    }

    @Test
    void dayOutsideTheWeekAndDayListedTwice() {
        String text = WEEK.replace("ngay: 2026-11-28", "ngay: 2026-11-30") + oneEntry("2026-11-24").substring("lich:\n".length());
        assertEquals(List.of(
                FILE + ":20: lich[3].ngay: 30/11/2026 is not in the week of this file (23/11/2026 – 29/11/2026) "
                        + "(move it to the file of its week, data/lich-cong-tac/2026-W49.yaml)",
                FILE + ":26: lich[4].ngay: 24/11/2026 is already listed on line 14 (put all of a day's entries under one ngay)"),
                errorsOf(FILE, text));
    }

    @Test
    void badTimeMissingFieldAndMisspelledField() {
        String text = WEEK.replace("gio: \"14:00\"", "gio: \"14h\"").replace("        dia_diem: \"Sở Y tế\"\n", "")
                .replace("thanh_phan:", "thanh_phần:");
        assertEquals(List.of(
                FILE + ":5: lich[1].cong_viec[1].dia_diem: missing (add a line like dia_diem: \"Phòng họp số 1\")",
                FILE + ":5: lich[1].cong_viec[1].gio: cannot read \"14h\" (expected a time like 07:30 or 14:00)",
                FILE + ":12: lich[1].cong_viec[2].thanh_phần: unknown field (did you mean `thanh_phan`?)"),
                errorsOf(FILE, text));
    }

    @Test
    void missingOrEmptyListsAndBrokenYaml() {
        assertEquals(List.of(FILE + ":1: lich: missing (add a list like - ngay: 2026-11-23)"), errorsOf(FILE, "ghi_chu: \"Tuần này\"\n"));
        errors.clear();
        assertEquals(List.of(FILE + ":3: lich[1].cong_viec: empty (add a list like - gio: \"07:30\")"),
                errorsOf(FILE, "lich:\n  - ngay: 2026-11-23\n    cong_viec: []\n"));
        errors.clear();
        assertEquals(List.of(FILE + ":3: noi_dung: the value has a colon and a space (\": \") but no quotes around it (enclose "
                        + "the value in double quotes: noi_dung: \"Họp: giao ban\")"),
                errorsOf(FILE, "lich:\n  - ngay: 2026-11-23\n    noi_dung: Họp: giao ban\n"));
    }
}
