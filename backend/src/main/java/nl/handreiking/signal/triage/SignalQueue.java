package nl.handreiking.signal.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.handreiking.common.Page;
import nl.handreiking.common.Where;
import nl.handreiking.identity.Caller;
import nl.handreiking.signal.AnswerTerms;
import nl.handreiking.signal.Signal;
import nl.handreiking.signal.SignalListing;
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

    /** Awaiting an answer first; the expression of the index signal_urgency_idx, to the letter. */
    static final String URGENCY = "case when s.status in ('submitted', 'in_progress') then 0 else 1 end";

    private final SignalService signals;

    SignalQueue(SignalService signals) {
        this.signals = signals;
    }

    /** One page of the signals the caller sees, as a list shows them. */
    Page<SignalSummary> page(SignalFilter.Query query, Caller caller) {
        Where where = where(query, caller);
        List<SignalListing> items = listings(
                where, query.sort(), query.bounds().offset(), query.bounds().size());
        return Page.of(signals.summaries(items), query.bounds(), total(query, caller, where));
    }

    /**
     * How many signals match, exactly. Counting a million rows on every call is too slow, so what the
     * tally knows (visibility by region, status, theme, type, province, region, owner) is read from it,
     * and only the overdue ones (few: they await an answer past their date) are counted; a text search
     * or a caller that sees its own submissions counts the signals themselves, as before.
     */
    private long total(SignalFilter.Query query, Caller caller, Where where) {
        if (query.text().isPresent() || !signals.visibleByRegion(caller)) {
            return Signal.count("from Signal s" + where.clause(), where.params());
        }
        if (query.overdue().isEmpty()) {
            return tallied(properties(query, caller));
        }
        Where overdue = overdue(properties(query, caller), true);
        long overdueCount = Signal.count("from Signal s" + overdue.clause(), overdue.params());
        return query.overdue().get() ? overdueCount : tallied(properties(query, caller)) - overdueCount;
    }

    /** From the national tally (a few hundred rows) unless a condition names the region (about 100,000 rows at 1M). */
    private static long tallied(Where where) {
        String tally = where.clause().contains("s.regionCode") ? "SignalQueueTally" : "SignalQueueNationalTally";
        var count = SignalQueueTally.getEntityManager()
                .createQuery("select coalesce(sum(s.n), 0) from " + tally + " s" + where.clause(), Long.class);
        where.params().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** All of them (up to {@link #EXPORT_LIMIT}) as CSV. */
    String export(SignalFilter.Query query, Caller caller) {
        Where where = where(query, caller);
        return SignalCsv.write(
                signals.summaries(listings(where, query.sort(), 0, EXPORT_LIMIT)), SignalTheme.dutchNames());
    }

    /**
     * The signals that match, in the order asked, as values with their owner's name: from {@code offset}, at most
     * {@code limit}. The name is joined in, not read in a second statement (that statement and its result mapping
     * were a tenth of the queue's JVM time in a profile).
     */
    private static List<SignalListing> listings(Where where, SignalFilter.Sort sort, int offset, int limit) {
        return Signal.find(
                        "from Signal s left join Organisation o on o.code = s.ownerCode" + where.clause() + order(sort),
                        where.params())
                .project(SignalListing.class)
                .range(offset, offset + limit - 1)
                .list();
    }

    private Where where(SignalFilter.Query query, Caller caller) {
        Where where = properties(query, caller)
                .and(
                        "(lower(s.reference) like :text escape '\\' or lower(s.title) like :text escape '\\')",
                        "text",
                        query.text()
                                .map(text -> "%" + Where.likeEscaped(text.toLowerCase(java.util.Locale.ROOT)) + "%"));
        return query.overdue().map(overdue -> overdue(where, overdue)).orElse(where);
    }

    /** Visibility and the filters on properties a signal has, which {@link SignalQueueTally} counts too. */
    private Where properties(SignalFilter.Query query, Caller caller) {
        return signals.visibleTo(caller, new Where())
                .and("s.status = :status", "status", query.status().map(SignalStatus::apiValue))
                .and("s.theme = :theme", "theme", query.theme())
                .and("s.type = :type", "type", query.type().map(SignalType::apiValue))
                .and(
                        "s.regionCode in (select r.code from Region r where r.code = :province or r.province.code = :province)",
                        "province",
                        query.province())
                .and("s.regionCode = :region", "region", query.region())
                .and("s.ownerCode = :owner", "owner", query.owner());
    }

    private static Where overdue(Where where, boolean overdue) {
        return where.and(
                (overdue ? "" : "not ") + "(s.status in ('submitted', 'in_progress') and s.dueOn < :today)",
                "today",
                java.util.Optional.of(AnswerTerms.today()));
    }

    private static String order(SignalFilter.Sort sort) {
        return switch (sort) {
            // overdue first, then the earliest due date: among the signals that await an answer the overdue ones
            // have the earliest dates, so this order is the same and an index holds it (migration V42)
            case URGENCY -> " order by " + URGENCY + ", s.dueOn, s.submittedAt";
            case DUE_ON -> " order by s.dueOn, s.submittedAt";
            case NEWEST -> " order by s.submittedAt desc";
            case OLDEST -> " order by s.submittedAt";
        };
    }
}
