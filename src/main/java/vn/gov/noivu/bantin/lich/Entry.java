package vn.gov.noivu.bantin.lich;

import java.time.LocalDate;
import java.time.LocalTime;
import vn.gov.noivu.bantin.base.Dates;

/**
 * One line of the schedule.
 *
 * @param date         the day
 * @param time         when it starts
 * @param leader       who leads or attends for the Sở (lanh_dao), e.g. "Giám đốc Sở"
 * @param content      what happens (noi_dung)
 * @param place        where (dia_diem)
 * @param participants who else takes part (thanh_phan), or ""
 */
public record Entry(LocalDate date, LocalTime time, String leader, String content, String place, String participants) {
    /** "07:30". */
    public String timeText() {
        return time.toString();
    }

    /** "2026-11-23T07:30:00+07:00", for {@code <time datetime>}. */
    public String timeIso() {
        return Dates.iso(date.atTime(time).atZone(Dates.ZONE));
    }

    /** "Thứ Hai, 23/11/2026". */
    public String dayLabel() {
        return Day.label(date);
    }
}
