import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api';
import { initI18n } from '@/lib/i18n';
import type { AllowedTransition } from '@/features/signal/api/signal';
import { TransitionForm } from './TransitionForm';

const SUBMITTED: AllowedTransition[] = [
  { status: 'in_progress', name: 'start', textRequired: false },
  { status: 'answered', name: 'answer', textRequired: true },
  { status: 'rejected', name: 'reject', textRequired: true },
];

function renderForm(transitions: AllowedTransition[], props: Partial<Parameters<typeof TransitionForm>[0]> = {}) {
  const onSubmit = vi.fn();
  render(
    <I18nextProvider i18n={initI18n()}>
      <TransitionForm transitions={transitions} onSubmit={onSubmit} {...props} />
    </I18nextProvider>,
  );
  return onSubmit;
}

describe('the transition form', () => {
  it('offers exactly the transitions the signal allows, in its order', () => {
    renderForm(SUBMITTED);
    expect(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'In behandeling nemen',
      'Beantwoorden',
      'Afwijzen',
    ]);
    expect(screen.queryByRole('radio', { name: 'Heropenen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Afsluiten' })).not.toBeInTheDocument();
  });

  it('asks for a choice before sending anything', async () => {
    const onSubmit = renderForm(SUBMITTED);
    await userEvent.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert', { name: 'Er is een probleem' });
    expect(summary).toHaveFocus();
    await userEvent.click(within(summary).getByRole('link', { name: 'Kies wat u wilt doen.' }));
    expect(screen.getByRole('radio', { name: 'In behandeling nemen' })).toHaveFocus();
  });

  it('requires the text when the chosen transition needs one, and puts the reader on it', async () => {
    const onSubmit = renderForm(SUBMITTED);
    await userEvent.click(screen.getByRole('radio', { name: 'Afwijzen' }));
    const reason = screen.getByRole('textbox', { name: 'Reden van afwijzing' });
    expect(reason).toBeRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Afwijzen' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Vul ‘Reden van afwijzing’ in.');
    await userEvent.click(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Vul ‘Reden van afwijzing’ in.' }),
    );
    expect(reason).toHaveFocus();

    await userEvent.type(reason, '  Niet voor het ondersteuningsteam.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Afwijzen' }));
    expect(onSubmit).toHaveBeenCalledWith({ status: 'rejected', text: 'Niet voor het ondersteuningsteam.' });
  });

  it('sends a transition without a required text with the text left out when empty', async () => {
    const onSubmit = renderForm(SUBMITTED);
    await userEvent.click(screen.getByRole('radio', { name: 'In behandeling nemen' }));
    expect(screen.getByRole('textbox', { name: 'Toelichting (niet verplicht)' })).not.toBeRequired();
    await userEvent.click(screen.getByRole('button', { name: 'In behandeling nemen' }));
    expect(onSubmit).toHaveBeenCalledWith({ status: 'in_progress' });
  });

  it('chooses the only transition there is and starts the answer from the current one', () => {
    renderForm([{ status: 'answered', name: 'answer', textRequired: true }], {
      initialText: { answer: 'Het eerdere antwoord.' },
    });
    expect(screen.getByRole('radio', { name: 'Beantwoorden' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Antwoord' })).toHaveValue('Het eerdere antwoord.');
  });

  it('puts the reader on the summary of what the API rejected once, and leaves focus alone while they choose again', async () => {
    const missing = new ApiError('problem', {
      title: 'Ongeldige invoer',
      status: 400,
      detail: 'De waarde van text is ongeldig: is verplicht bij reject.',
      invalidParams: [{ name: 'text', reason: 'is verplicht bij reject' }],
    });
    renderForm([SUBMITTED[2] as AllowedTransition, SUBMITTED[0] as AllowedTransition], { error: missing });
    expect(screen.getByRole('alert', { name: 'Er is een probleem' })).toHaveFocus();
    await userEvent.click(screen.getByRole('radio', { name: 'Afwijzen' }));
    expect(screen.getByRole('textbox', { name: 'Reden van afwijzing' })).toHaveAccessibleDescription(
      /is verplicht bij reject/,
    );
    await userEvent.click(screen.getByRole('radio', { name: 'In behandeling nemen' }));
    expect(screen.getByRole('radio', { name: 'In behandeling nemen' })).toHaveFocus();
  });

  it('forwards only with the agenda action the signal feeds', async () => {
    const onSubmit = renderForm([{ status: 'forwarded', name: 'forward', textRequired: false }], {
      agendaItems: [
        { value: 'a1', label: 'Eerste versie Integrale Uitvoeringsagenda' },
        { value: 'a2', label: 'Uitvoeringsagenda Flexibilisering Asielketen' },
      ],
    });
    const action = screen.getByRole('combobox', { name: 'Actie van de uitvoeringsagenda' });
    expect(action).toBeRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Doorzetten naar de uitvoeringsagenda' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(action).toHaveAccessibleDescription(/Kies de actie van de uitvoeringsagenda\./);
    await userEvent.click(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Kies de actie van de uitvoeringsagenda.' }),
    );
    expect(action).toHaveFocus();

    await userEvent.selectOptions(action, 'a2');
    await userEvent.click(screen.getByRole('button', { name: 'Doorzetten naar de uitvoeringsagenda' }));
    expect(onSubmit).toHaveBeenCalledWith({ status: 'forwarded', agendaItemId: 'a2' });
  });

  it('shows why the API refused, with its detail', () => {
    const conflict = new ApiError('problem', {
      title: 'Overgang niet toegestaan',
      status: 409,
      detail: 'Het signaal heeft status answered. Toegestane volgende statussen: closed, in_progress.',
    });
    renderForm(SUBMITTED, { error: conflict });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Het signaal heeft status answered. Toegestane volgende statussen: closed, in_progress.',
    );
  });
});
