package nl.handreiking.quota;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A half year of the housing quota, written as in the Staatscourant's tables: 2021-H1, 2021-H2. */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    private static final Pattern FORM = Pattern.compile("^(\\d{4})-H([12])$");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** The half year, if the text is one (2000-H1 to 2100-H2). */
    public static Optional<HalfYear> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return year < FIRST_YEAR || year > LAST_YEAR
                ? Optional.empty()
                : Optional.of(new HalfYear(year, Integer.parseInt(m.group(2))));
    }

    public static HalfYear of(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    public HalfYear previous() {
        return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    @Override
    public int compareTo(HalfYear other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
