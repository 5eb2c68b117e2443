package nl.handreiking.agenda;

import java.util.List;
import java.util.UUID;

/**
 * The signals forwarded to an agenda item. The signal feature answers this (it knows its own table and
 * already depends on the agenda, to name the item a signal feeds), so the agenda asks without reaching
 * into signals and without a cycle between the two packages.
 */
public interface ForwardedSignals {

    /** The signals forwarded to this agenda item, by reference. */
    List<AgendaItemView.LinkedSignal> to(UUID agendaItemId);
}
