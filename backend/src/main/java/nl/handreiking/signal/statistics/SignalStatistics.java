package nl.handreiking.signal.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.handreiking.common.Messages;
import nl.handreiking.common.QueryParams;
import nl.handreiking.region.RegionService;
import nl.handreiking.signal.AnswerTerms;
import nl.handreiking.signal.SignalStatus;
import nl.handreiking.signal.SignalTheme;
import nl.handreiking.signal.WorkingDays;

/** Counts signals by theme, status, province and month, and how quickly and timely they were answered. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class SignalStatistics {

    /** Longer periods than this are a mistake, not a question. */
    private static final int MAX_YEARS = 10;

    /** What the figures need of one signal. */
    private record Row(
            String theme,
            String status,
            String province,
            YearMonth month,
            OffsetDateTime submittedAt,
            OffsetDateTime firstAnsweredAt,
            Boolean onTime) {}

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

    private StatisticsView of(LocalDate from, LocalDate to, java.util.Optional<String> province) {
        List<Row> rows = rows(from, to).stream()
                .filter(row -> province.map(row.province()::equals).orElse(true))
                .toList();
        List<SignalTheme> themes = SignalTheme.list("order by position");
        List<StatisticsView.Count> byTheme = count(rows, themes, t -> t.code, t -> t.name, Row::theme);
        List<StatisticsView.Count> byStatus = count(
                rows, List.of(SignalStatus.values()), SignalStatus::apiValue, SignalStatistics::label, Row::status);
        List<StatisticsView.Count> byProvince =
                count(rows, regions.provinces(), RegionService.Place::code, RegionService.Place::name, Row::province);
        List<StatisticsView.Month> byMonth = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            YearMonth current = month;
            List<Row> inMonth =
                    rows.stream().filter(row -> row.month().equals(current)).toList();
            byMonth.add(new StatisticsView.Month(
                    month.toString(), inMonth.size(), count(inMonth, themes, t -> t.code, t -> t.name, Row::theme)));
        }
        List<Row> answered =
                rows.stream().filter(row -> row.firstAnsweredAt() != null).toList();
        long onTime = answered.stream()
                .filter(row -> Boolean.TRUE.equals(row.onTime()))
                .count();
        return new StatisticsView(
                from,
                to,
                rows.size(),
                byTheme,
                byStatus,
                byProvince,
                byMonth,
                answered.size(),
                onTime,
                answered.isEmpty() ? null : (double) onTime / answered.size(),
                median(answered));
    }

    private List<Row> rows(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("""
                SELECT s.theme, s.status, coalesce(r.province_code, r.code), s.submitted_at, s.first_answered_at, s.answered_on_time
                FROM signal s JOIN region r ON r.code = s.region_code
                WHERE (s.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN ?1 AND ?2""")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
        return result.stream()
                .map(cells -> {
                    OffsetDateTime submitted = moment(cells[3]);
                    return new Row(
                            (String) cells[0],
                            (String) cells[1],
                            (String) cells[2],
                            YearMonth.from(AnswerTerms.dateOf(submitted)),
                            submitted,
                            moment(cells[4]),
                            (Boolean) cells[5]);
                })
                .toList();
    }

    private static OffsetDateTime moment(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime moment) {
            return moment;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    /** One count per key of {@code keys}, zero included, in their order. */
    private static <K> List<StatisticsView.Count> count(
            List<Row> rows,
            List<K> keys,
            Function<K, String> key,
            Function<K, String> label,
            Function<Row, String> of) {
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(of, Collectors.counting()));
        return keys.stream()
                .map(k -> new StatisticsView.Count(key.apply(k), label.apply(k), counts.getOrDefault(key.apply(k), 0L)))
                .toList();
    }

    private static Double median(List<Row> answered) {
        if (answered.isEmpty()) {
            return null;
        }
        int[] days = answered.stream()
                .mapToInt(row -> WorkingDays.between(
                        AnswerTerms.dateOf(row.submittedAt()), AnswerTerms.dateOf(row.firstAnsweredAt())))
                .sorted()
                .toArray();
        int middle = days.length / 2;
        return days.length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
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
