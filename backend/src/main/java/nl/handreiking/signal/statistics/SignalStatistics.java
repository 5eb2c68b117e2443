package nl.handreiking.signal.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.handreiking.common.Messages;
import nl.handreiking.common.QueryParams;
import nl.handreiking.region.RegionService;
import nl.handreiking.signal.AnswerTerms;
import nl.handreiking.signal.SignalStatus;
import nl.handreiking.signal.SignalTheme;

/** Counts signals by theme, status, province and month, and how quickly and timely they were answered. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class SignalStatistics {

    /** Longer periods than this are a mistake, not a question. */
    private static final int MAX_YEARS = 10;

    private final EntityManager em;
    private final RegionService regions;

    SignalStatistics(EntityManager em, RegionService regions) {
        this.em = em;
        this.regions = regions;
    }

    /**
     * The figures for the period and province the query asks, as given (each may be missing): by default the
     * last twelve months; every invalid parameter is named in one 400 problem.
     */
    StatisticsView of(String from, String to, String province) {
        QueryParams params = new QueryParams();
        LocalDate today = AnswerTerms.today();
        LocalDate last = params.date("to", to).orElse(today);
        var wantedProvince = params.matching(
                "province",
                province,
                java.util.regex.Pattern.compile("^PV[0-9]{2}$"),
                Messages.text("expect.provinceCode", "PV25"));
        LocalDate first = params.date("from", from).orElse(last.minusMonths(11).withDayOfMonth(1));
        if (first.isAfter(last)) {
            params.reject("from", Messages.text("reason.fromAfterTo"));
        } else if (first.plusYears(MAX_YEARS).isBefore(last)) {
            params.reject("from", Messages.text("reason.periodMaxYears", MAX_YEARS));
        }
        params.throwIfInvalid();
        return of(first, last, wantedProvince);
    }

    private StatisticsView of(LocalDate from, LocalDate to, Optional<String> province) {
        Periods periods = Periods.of(from, to);
        List<Object[]> byThemes = tally(
                "SELECT date_trunc('month', period)::date, province_code, theme, sum(n) FROM signal_theme_tally",
                periods,
                province,
                " GROUP BY 1, 2, 3");
        List<Object[]> byStatuses =
                tally("SELECT status, sum(n) FROM signal_status_tally", periods, province, " GROUP BY 1");
        List<Object[]> answers = tally(
                "SELECT working_days, on_time, sum(n) FROM signal_answer_tally",
                periods,
                province,
                " GROUP BY 1, 2 ORDER BY 1");
        List<SignalTheme> themes = SignalTheme.list("order by position");
        List<StatisticsView.Month> byMonth = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1);
            List<Object[]> inMonth =
                    byThemes.stream().filter(row -> first.equals(date(row[0]))).toList();
            byMonth.add(new StatisticsView.Month(
                    month.toString(), sum(inMonth, 3), count(inMonth, 2, 3, themes, t -> t.code, t -> t.name)));
        }
        long answered = sum(answers, 2);
        long onTime = sum(answers.stream().filter(row -> (Boolean) row[1]).toList(), 2);
        return new StatisticsView(
                from,
                to,
                sum(byThemes, 3),
                count(byThemes, 2, 3, themes, t -> t.code, t -> t.name),
                count(
                        byStatuses,
                        0,
                        1,
                        List.of(SignalStatus.values()),
                        SignalStatus::apiValue,
                        SignalStatistics::label),
                count(byThemes, 1, 3, regions.provinces(), RegionService.Place::code, RegionService.Place::name),
                byMonth,
                answered,
                onTime,
                answered == 0 ? null : (double) onTime / answered,
                median(answers, answered));
    }

    /**
     * Whole months from the monthly counts, the days before the first and after the last whole month from
     * the daily ones: {@code [months, monthsEnd)}, {@code [from, monthsFrom)} and {@code [monthsEnd, to]}.
     */
    private record Periods(LocalDate from, LocalDate monthsFrom, LocalDate monthsEnd, LocalDate afterTo) {

        static Periods of(LocalDate from, LocalDate to) {
            LocalDate monthsFrom =
                    from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
            LocalDate monthsEnd = to.plusDays(1).withDayOfMonth(1);
            return monthsFrom.isBefore(monthsEnd)
                    ? new Periods(from, monthsFrom, monthsEnd, to.plusDays(1))
                    : new Periods(from, to.plusDays(1), to.plusDays(1), to.plusDays(1));
        }
    }

    private List<Object[]> tally(String select, Periods periods, Optional<String> province, String grouping) {
        var query = em.createNativeQuery(select
                + " WHERE ((grain = 'month' AND period >= ?1 AND period < ?2)"
                + " OR (grain = 'day' AND (period >= ?3 AND period < ?1 OR period >= ?2 AND period < ?4)))"
                + province.map(code -> " AND province_code = ?5").orElse("")
                + grouping);
        query.setParameter(1, periods.monthsFrom())
                .setParameter(2, periods.monthsEnd())
                .setParameter(3, periods.from())
                .setParameter(4, periods.afterTo());
        province.ifPresent(code -> query.setParameter(5, code));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long sum(List<Object[]> rows, int column) {
        return rows.stream()
                .mapToLong(row -> ((Number) row[column]).longValue())
                .sum();
    }

    /** One count per key of {@code keys}, zero included, in their order. */
    private static <K> List<StatisticsView.Count> count(
            List<Object[]> rows,
            int keyColumn,
            int countColumn,
            List<K> keys,
            Function<K, String> key,
            Function<K, String> label) {
        Map<String, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> (String) row[keyColumn],
                        Collectors.summingLong(row -> ((Number) row[countColumn]).longValue())));
        return keys.stream()
                .map(k -> new StatisticsView.Count(key.apply(k), label.apply(k), counts.getOrDefault(key.apply(k), 0L)))
                .toList();
    }

    /** The median of the working days to the first answer, from their counts in ascending order of days. */
    private static Double median(List<Object[]> answers, long answered) {
        if (answered == 0) {
            return null;
        }
        Map<Integer, Long> perDays = new java.util.TreeMap<>();
        answers.forEach(row -> perDays.merge(((Number) row[0]).intValue(), ((Number) row[2]).longValue(), Long::sum));
        return (day(perDays, (answered - 1) / 2) + day(perDays, answered / 2)) / 2.0;
    }

    /** The working days of the answer at 0-based {@code index} in ascending order. */
    private static int day(Map<Integer, Long> perDays, long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : perDays.entrySet()) {
            seen += entry.getValue();
            if (index < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("No answer at " + index);
    }

    static String label(SignalStatus status) {
        return switch (status) {
            case SUBMITTED -> "Ingediend";
            case IN_PROGRESS -> "In behandeling";
            case ANSWERED -> "Beantwoord";
            case FORWARDED -> "Naar de uitvoeringsagenda";
            case REJECTED -> "Afgewezen";
            case CLOSED -> "Afgesloten";
        };
    }
}
