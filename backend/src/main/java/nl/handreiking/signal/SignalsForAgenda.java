package nl.handreiking.signal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.handreiking.agenda.AgendaItemView;
import nl.handreiking.agenda.ForwardedSignals;

/** Tells the agenda which signals were forwarded to an item. */
@ApplicationScoped
class SignalsForAgenda implements ForwardedSignals {

    @Override
    public List<AgendaItemView.LinkedSignal> to(UUID agendaItemId) {
        return Signal.<Signal>list("agendaItemId = ?1 order by reference", agendaItemId).stream()
                .map(signal ->
                        new AgendaItemView.LinkedSignal(signal.id, signal.reference, signal.title, signal.status))
                .toList();
    }
}
