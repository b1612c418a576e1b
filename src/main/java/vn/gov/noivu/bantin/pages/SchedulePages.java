package vn.gov.noivu.bantin.pages;

import java.util.Map;
import java.util.Optional;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.lich.Schedule;
import vn.gov.noivu.bantin.lich.Week;

/**
 * The work schedule's pages: one per week with links to the previous and next weeks, and the stable
 * address lich-cong-tac/ showing the week of the build's day (or the nearest one, saying so).
 */
final class SchedulePages {
    private final PageWriter writer;
    private final Schedule schedule;

    SchedulePages(PageWriter writer, Schedule schedule) {
        this.writer = writer;
        this.schedule = schedule;
    }

    int write() {
        for (Week w : schedule.weeks()) {
            writer.render("lich-cong-tac.ftl", w.url(), model(w.url(), w));
        }
        Optional<Schedule.Current> current = schedule.current();
        Map<String, Object> m = model(Urls.SCHEDULE, current.map(Schedule.Current::week).orElse(null));
        current.ifPresent(c -> {
            m.put("current", c);
            // The same week as its own page: search engines are sent there, readers keep the stable address.
            m.put("canonical", writer.absolute(c.week().url()));
        });
        writer.render("lich-cong-tac.ftl", Urls.SCHEDULE, m);
        return schedule.weeks().size() + 1;
    }

    private Map<String, Object> model(String path, Week week) {
        Map<String, Object> m = writer.model(path);
        if (week != null) {
            m.put("week", week);
            m.put("previous", schedule.previous(week));
            m.put("next", schedule.next(week));
        }
        return m;
    }
}
