import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import { initI18n } from '@/lib/i18n';
import { ErrorSummary, fieldErrors } from './ErrorSummary';
import { RadioGroupField } from './RadioGroupField';
import { TextField } from './TextField';

const refused = new ApiError('problem', {
  status: 400,
  title: 'Ongeldige invoer',
  detail: '3 parameters of velden zijn ongeldig; zie invalidParams.',
  invalidParams: [
    { name: 'title', reason: 'is verplicht' },
    { name: 'kind', reason: 'moet signal of question zijn' },
    { name: 'links[0].url', reason: 'is geen https-adres' },
  ],
});

/** A small form as every form in the app is built: the summary first, then fields with their messages. */
function Form({ error, check }: { error?: unknown; check?: (title: string) => Record<string, string> | undefined }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState('');
  const [own, setOwn] = useState<Record<string, string>>();
  const errors = { ...fieldErrors(error), ...own };
  return (
    <form
      noValidate
      aria-label="Testformulier"
      onSubmit={(event) => {
        event.preventDefault();
        setOwn(check?.(title));
      }}
    >
      <ErrorSummary error={error} errors={own} />
      <RadioGroupField
        legend="Soort"
        name="kind"
        value={kind}
        onChange={setKind}
        error={errors.kind}
        options={[
          { value: 'signal', label: 'Signaal' },
          { value: 'question', label: 'Vraag' },
        ]}
      />
      <TextField label="Onderwerp" name="title" value={title} onChange={setTitle} error={errors.title} />
      <button type="submit">Versturen</button>
    </form>
  );
}

async function renderForm(props: Parameters<typeof Form>[0], language = 'nl') {
  const i18n = initI18n();
  await i18n.changeLanguage(language); // English is loaded on demand

  return {
    user: userEvent.setup(),
    ...render(
      <I18nextProvider i18n={i18n}>
        <Form {...props} />
      </I18nextProvider>,
    ),
  };
}

describe('error summary', async () => {
  it('is absent while nothing is wrong', async () => {
    await renderForm({});
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names every rejected field in a sentence, takes focus, and links each entry to its field', async () => {
    const { user } = await renderForm({ error: refused });
    const summary = screen.getByRole('alert', { name: 'Er is een probleem' });
    expect(summary).toHaveFocus();

    const entry = within(summary).getByRole('link', { name: 'Onderwerp is verplicht.' });
    const field = screen.getByRole('textbox', { name: 'Onderwerp' });
    expect(entry).toHaveAttribute('href', `#${field.id}`);
    expect(field).toHaveAccessibleDescription('Onderwerp is verplicht.');
    await user.click(entry);
    expect(field).toHaveFocus();

    // A radio group is named by its legend; its link puts focus on the first choice.
    await user.click(within(summary).getByRole('link', { name: 'Soort moet signal of question zijn.' }));
    expect(screen.getByRole('radio', { name: 'Signaal' })).toHaveFocus();

    // A parameter without a field of its own is still listed, by its name.
    expect(within(summary).getByText('links[0].url: is geen https-adres')).toBeInTheDocument();
    expect(within(summary).queryByText(/zie invalidParams/)).not.toBeInTheDocument();
  });

  it('speaks the UI language: heading and known reasons in English', async () => {
    await renderForm({ error: refused }, 'en');
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Onderwerp is required.' })).toBeInTheDocument();
    // A reason the app has no words for stays the API's Dutch, and says so.
    expect(within(summary).getByRole('link', { name: 'Soort moet signal of question zijn.' })).toHaveAttribute(
      'lang',
      'nl',
    );
  });

  it('shows what the form found itself before anything is sent, and links it to the field', async () => {
    const { user } = await renderForm({ check: (title) => (title ? undefined : { title: 'Vul een onderwerp in.' }) });
    await user.click(screen.getByRole('button', { name: 'Versturen' }));

    const summary = screen.getByRole('alert', { name: 'Er is een probleem' });
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Vul een onderwerp in.' }));
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveAccessibleDescription('Vul een onderwerp in.');

    await user.type(screen.getByRole('textbox', { name: 'Onderwerp' }), 'Wachttijden');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells a refusal that concerns no field in the problem’s own words', async () => {
    await renderForm({
      error: new ApiError('problem', { status: 401, title: 'Niet aangemeld', detail: 'Het wachtwoord is onjuist.' }),
    });
    const summary = screen.getByRole('alert', { name: 'Er is een probleem' });
    expect(summary).toHaveTextContent('Het wachtwoord is onjuist.');
    expect(within(summary).queryByRole('link')).not.toBeInTheDocument();
  });
});
