package nl.handreiking.signal.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.handreiking.common.Page;
import nl.handreiking.common.Where;
import nl.handreiking.identity.Caller;
import nl.handreiking.signal.AnswerTerms;
import nl.handreiking.signal.Signal;
import nl.handreiking.signal.SignalService;
import nl.handreiking.signal.SignalStatus;
import nl.handreiking.signal.SignalSummary;
import nl.handreiking.signal.SignalTheme;
import nl.handreiking.signal.SignalType;

/** Lists the signals a caller may see, filtered and in the order the support team works through them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class SignalQueue {

    /** Exports stop here; a filtered list is far smaller. */
    static final int EXPORT_LIMIT = 50_000;

    private final SignalService signals;

    SignalQueue(SignalService signals) {
        this.signals = signals;
    }

    /** One page of the signals the caller sees, as a list shows them. */
    Page<SignalSummary> page(SignalFilter.Query query, Caller caller) {
        Where where = where(query, caller);
        long total = Signal.count("from Signal s" + where.clause(), where.params());
        List<Signal> items = Signal.<Signal>find(
                        "select s from Signal s" + where.clause() + order(query.sort()), ordered(where, query.sort()))
                .range(query.bounds().offset(), query.bounds().lastIndex())
                .list();
        return Page.of(items, query.bounds(), total).map(signals::summary);
    }

    /** All of them (up to {@link #EXPORT_LIMIT}) as CSV. */
    String export(SignalFilter.Query query, Caller caller) {
        Where where = where(query, caller);
        List<Signal> all = Signal.<Signal>find(
                        "select s from Signal s" + where.clause() + order(query.sort()), ordered(where, query.sort()))
                .range(0, EXPORT_LIMIT - 1)
                .list();
        return SignalCsv.write(all.stream().map(signals::summary).toList(), SignalTheme.dutchNames());
    }

    private Where where(SignalFilter.Query query, Caller caller) {
        Where where = signals.visibleTo(caller, new Where())
                .and("s.status = :status", "status", query.status().map(SignalStatus::apiValue))
                .and("s.theme = :theme", "theme", query.theme())
                .and("s.type = :type", "type", query.type().map(SignalType::apiValue))
                .and(
                        "s.regionCode in (select r.code from Region r where r.code = :province or r.province.code = :province)",
                        "province",
                        query.province())
                .and("s.regionCode = :region", "region", query.region())
                .and("s.ownerCode = :owner", "owner", query.owner())
                .and(
                        "(lower(s.reference) like :text escape '\\' or lower(s.title) like :text escape '\\')",
                        "text",
                        query.text()
                                .map(text -> "%" + Where.likeEscaped(text.toLowerCase(java.util.Locale.ROOT)) + "%"));
        query.overdue()
                .ifPresent(overdue -> where.and(
                        (overdue ? "" : "not ") + "(s.status in ('submitted', 'in_progress') and s.dueOn < :today)",
                        "today",
                        java.util.Optional.of(AnswerTerms.today())));
        return where;
    }

    /** The parameters of the query plus the Dutch date the urgency order compares with. */
    private static Map<String, Object> ordered(Where where, SignalFilter.Sort sort) {
        Map<String, Object> params = new HashMap<>(where.params());
        if (sort == SignalFilter.Sort.URGENCY) {
            params.put("orderDate", AnswerTerms.today());
        }
        return params;
    }

    private static String order(SignalFilter.Sort sort) {
        return switch (sort) {
            case URGENCY ->
                " order by case when s.status in ('submitted', 'in_progress') then (case when s.dueOn < :orderDate then 0 else 1 end) else 2 end,"
                        + " s.dueOn, s.submittedAt";
            case DUE_ON -> " order by s.dueOn, s.submittedAt";
            case NEWEST -> " order by s.submittedAt desc";
            case OLDEST -> " order by s.submittedAt";
        };
    }
}
