package nl.handreiking.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.handreiking.catalogue.funding.FundingDeadline;
import nl.handreiking.catalogue.funding.FundingDeadlines;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Caller;
import nl.handreiking.user.MailAddresses;

/**
 * Who follows which funding item. Only published funding can be followed; following it again changes nothing
 * (the answer says whether it was new). A follow of an item that is no longer published stays, but is not
 * listed and gets no reminders until the item is published again.
 */
@ApplicationScoped
@Transactional
class FollowService {

    private static final String FOLLOW_ONCE = "INSERT INTO follow (id, account_id, funding_id, created_at)"
            + " VALUES (?1, ?2, ?3, now()) ON CONFLICT (account_id, funding_id) DO NOTHING";
    private static final Comparator<FollowView> SOONEST_FIRST = Comparator.comparing(
                    FollowView::closesOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(FollowView::title);

    /** The follow and whether this call made it. */
    record Followed(FollowView view, boolean created) {}

    private final FundingDeadlines deadlines;
    private final MailAddresses addresses;
    private final EntityManager em;

    FollowService(FundingDeadlines deadlines, MailAddresses addresses, EntityManager em) {
        this.deadlines = deadlines;
        this.addresses = addresses;
        this.em = em;
    }

    Followed follow(Caller caller, UUID fundingId) {
        UUID account = account(caller);
        FundingDeadline funding = deadlines
                .published(fundingId)
                .orElseThrow(() -> ProblemException.badRequest("fundingId", Messages.text("reason.notFollowable")));
        int created = em.createNativeQuery(FOLLOW_ONCE)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, account)
                .setParameter(3, fundingId)
                .executeUpdate();
        Follow follow = Follow.<Follow>find("accountId = ?1 and fundingId = ?2", account, fundingId)
                .singleResult();
        return new Followed(FollowView.of(follow, funding), created == 1);
    }

    /** The caller's follows of published funding, the soonest closing first and those without a date last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<FollowView> list(Caller caller) {
        List<Follow> follows = Follow.list("accountId", account(caller));
        Map<UUID, FundingDeadline> published =
                deadlines
                        .published(
                                follows.stream().map(follow -> follow.fundingId).toList())
                        .stream()
                        .collect(Collectors.toMap(FundingDeadline::id, Function.identity()));
        return follows.stream()
                .filter(follow -> published.containsKey(follow.fundingId))
                .map(follow -> FollowView.of(follow, published.get(follow.fundingId)))
                .sorted(SOONEST_FIRST)
                .toList();
    }

    /** Stops the caller's follow with this id; empty when the caller has none with it. */
    Optional<UUID> unfollow(Caller caller, UUID id) {
        return Follow.<Follow>find("id = ?1 and accountId = ?2", id, account(caller))
                .firstResultOptional()
                .map(follow -> {
                    follow.delete();
                    return follow.id;
                });
    }

    /** The caller's account, which the reminders go to; a person known only to an external identity provider has none. */
    private UUID account(Caller caller) {
        Optional<UUID> id;
        try {
            id = Optional.of(UUID.fromString(caller.id()));
        } catch (IllegalArgumentException e) {
            id = Optional.empty();
        }
        return id.filter(account -> caller.kind() == Caller.Kind.USER
                        && addresses.activePerson(account).isPresent())
                .orElseThrow(() -> ProblemException.forbidden(Messages.text("detail.followNeedsAccount")));
    }
}
