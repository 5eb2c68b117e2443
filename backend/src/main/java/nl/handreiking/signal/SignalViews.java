package nl.handreiking.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.handreiking.agenda.AgendaItem;
import nl.handreiking.catalogue.CatalogueService;
import nl.handreiking.catalogue.LinkView;
import nl.handreiking.identity.Caller;
import nl.handreiking.organisation.Organisation;
import nl.handreiking.region.RegionService;

/** Turns signals into what the API shows: region and owner by name, links, attachments, the caller's moves. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class SignalViews {

    private final RegionService regions;
    private final AnswerTerms terms;
    private final CatalogueService catalogue;

    SignalViews(RegionService regions, AnswerTerms terms, CatalogueService catalogue) {
        this.regions = regions;
        this.terms = terms;
        this.catalogue = catalogue;
    }

    SignalView.SignalPlace place(String regionCode) {
        return regions.place(regionCode)
                .map(p -> new SignalView.SignalPlace(p.code(), p.name(), p.provinceCode(), p.provinceName()))
                .orElse(new SignalView.SignalPlace(regionCode, regionCode, regionCode, regionCode));
    }

    SignalView.SignalOwner owner(String code) {
        return new SignalView.SignalOwner(
                code,
                Organisation.<Organisation>findByIdOptional(code)
                        .map(o -> o.name)
                        .orElse(code));
    }

    /** Signals as a list shows them: the owner by name (its code when the name is unknown). */
    List<SignalSummary> summaries(List<SignalListing> signals) {
        LocalDate today = AnswerTerms.today();
        return signals.stream()
                .map(signal -> summary(
                        signal,
                        new SignalView.SignalOwner(
                                signal.ownerCode(),
                                signal.ownerName() != null ? signal.ownerName() : signal.ownerCode()),
                        today))
                .toList();
    }

    private SignalSummary summary(SignalListing signal, SignalView.SignalOwner owner, LocalDate today) {
        return new SignalSummary(
                signal.id(),
                signal.reference(),
                signal.type(),
                signal.theme(),
                signal.title(),
                place(signal.regionCode()),
                owner,
                signal.status(),
                signal.priority(),
                signal.submittedAt(),
                signal.dueOn(),
                signal.overdue(today),
                signal.answeredAt(),
                signal.example());
    }

    private static SignalView.SignalAgendaItem agendaItem(Signal signal) {
        return signal.agendaItemId == null
                ? null
                : AgendaItem.<AgendaItem>findByIdOptional(signal.agendaItemId)
                        .map(item -> new SignalView.SignalAgendaItem(item.id, item.title))
                        .orElse(null);
    }

    /** The signal as this caller sees it: linked items only those the caller may see (a draft or archived one is left out). */
    SignalView detail(Signal signal, SignalWorkflow.Party party, Caller caller) {
        OffsetDateTime now = OffsetDateTime.now();
        List<UUID> linked = SignalLink.<SignalLink>list("signalId", signal.id).stream()
                .map(link -> link.itemId)
                .toList();
        List<LinkView> links = catalogue.visibleLinks(linked, Optional.of(caller));
        List<AttachmentView> attachments =
                SignalAttachment.<SignalAttachment>find("signalId = ?1 order by uploadedAt", signal.id).stream()
                        .map(AttachmentView::from)
                        .toList();
        List<SignalView.AllowedTransition> allowed =
                SignalWorkflow.allowed(signal, party, now, terms.reopenPeriod()).stream()
                        .map(SignalView.AllowedTransition::from)
                        .toList();
        OffsetDateTime reopenUntil = signal.statusValue() == SignalStatus.ANSWERED && signal.answeredAt != null
                ? signal.answeredAt.plus(terms.reopenPeriod())
                : null;
        return new SignalView(
                signal.id,
                signal.reference,
                signal.type,
                signal.theme,
                signal.title,
                signal.description,
                place(signal.regionCode),
                signal.submitterName,
                owner(signal.ownerCode),
                signal.status,
                signal.priority,
                signal.submittedAt,
                signal.dueOn,
                signal.overdue(AnswerTerms.today()),
                signal.answer,
                signal.answeredAt,
                reopenUntil,
                signal.example,
                links,
                agendaItem(signal),
                attachments,
                allowed,
                signal.updatedAt);
    }
}
