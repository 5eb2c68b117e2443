package nl.handreiking.signal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * Counts working days the way Dutch law counts terms: weekends and the generally recognised public
 * holidays of the Algemene termijnenwet are skipped — New Year's Day, Good Friday, Easter Monday,
 * Ascension Day, Whit Monday, King's Day (27 April, or the 26th when the 27th is a Sunday), Liberation
 * Day (5 May) and both Christmas days. Easter Sunday and Whit Sunday are Sundays already.
 */
public final class WorkingDays {

    private WorkingDays() {}

    /** The date {@code days} working days after {@code start} (the start day itself does not count). */
    public static LocalDate after(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = start;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}: 0 when {@code to} is not later. */
    public static int between(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                days++;
            }
        }
        return days;
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays(date.getYear()).contains(date);
    }

    /** The public holidays of a year that can fall on a weekday. */
    public static Set<LocalDate> holidays(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        return Set.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.minusDays(2), // Good Friday
                easter.plusDays(1), // Easter Monday
                easter.plusDays(39), // Ascension Day
                easter.plusDays(50), // Whit Monday
                kingsDay,
                LocalDate.of(year, Month.MAY, 5),
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
