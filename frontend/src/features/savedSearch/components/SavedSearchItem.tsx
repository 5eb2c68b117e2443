import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '@/components/ConfirmAction';
import { fieldErrors } from '@/components/ErrorSummary';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { formatDateTime } from '@/lib/format';
import { useChangeSavedSearch } from '../api/changeSavedSearch';
import { useDeleteSavedSearch } from '../api/deleteSavedSearch';
import type { SavedSearch } from '../api/getSavedSearches';
import { finderPathOf } from '../paths';

/** What a saved search looks for, in a line: kind and the words and filters it has. */
function summaryOf(search: SavedSearch, kindLabel: string, everything: string): string {
  const filters = [search.q && `‘${search.q}’`, search.domain, search.audience, search.organisation, search.openOn]
    .filter(Boolean)
    .join(' · ');
  return `${kindLabel}: ${filters || everything}`;
}

/**
 * One saved search: open it in the finder, rename it, change how often, pause or resume, switch closing-date
 * reminders on or off (funding), delete it.
 */
export function SavedSearchItem({ search }: { search: SavedSearch }) {
  const { t, i18n } = useTranslation();
  const change = useChangeSavedSearch();
  const remove = useDeleteSavedSearch();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(search.name);
  const headingId = `saved-${search.id}`;

  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    change.mutate({ search, change: { name } }, { onSuccess: () => setRenaming(false) });
  };

  return (
    <li className="hr-saved-search" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {search.name}
      </Heading>
      <Paragraph>{summaryOf(search, t(`savedSearch.kinds.${search.kind}`), t('savedSearch.everything'))}</Paragraph>
      <Paragraph>
        {search.paused
          ? t('savedSearch.paused')
          : t('savedSearch.nextDigest', { date: formatDateTime(search.nextDigestAt, i18n.language) })}
      </Paragraph>
      {search.kind === 'funding' && (
        <Paragraph>
          {search.closingAlerts ? t('savedSearch.closingAlertsOn') : t('savedSearch.closingAlertsOff')}
        </Paragraph>
      )}
      {change.error && <ProblemAlert error={change.error} headingLevel={3} />}
      {remove.error && <ProblemAlert error={remove.error} headingLevel={3} />}
      {renaming ? (
        <form
          noValidate
          onSubmit={rename}
          className="hr-form"
          aria-label={t('savedSearch.renameNamed', { name: search.name })}
        >
          <TextField
            label={t('savedSearch.name')}
            name="name"
            value={name}
            onChange={setName}
            error={fieldErrors(change.error).name}
            required
          />
          <div className="hr-actions">
            <Button type="submit" appearance="primary-action-button" busy={change.isPending}>
              {t('savedSearch.saveName')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setRenaming(false)}>
              {t('savedSearch.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <SelectField
          label={t('savedSearch.frequencyOf', { name: search.name })}
          name={`frequency-${search.id}`}
          value={search.frequency}
          busy={change.isPending}
          onChange={(frequency) =>
            change.mutate({ search, change: { frequency: frequency === 'daily' ? 'daily' : 'weekly' } })
          }
        >
          <option value="daily">{t('savedSearch.frequencies.daily')}</option>
          <option value="weekly">{t('savedSearch.frequencies.weekly')}</option>
        </SelectField>
      )}
      <div className="hr-actions">
        <RouterLink to={finderPathOf(search)} aria-label={t('savedSearch.openNamed', { name: search.name })}>
          {t('savedSearch.open')}
        </RouterLink>
        {!renaming && (
          <Button
            appearance="secondary-action-button"
            aria-label={t('savedSearch.renameNamed', { name: search.name })}
            onClick={() => {
              setName(search.name);
              setRenaming(true);
            }}
          >
            {t('savedSearch.rename')}
          </Button>
        )}
        <Button
          appearance="secondary-action-button"
          busy={change.isPending}
          onClick={() => change.isPending || change.mutate({ search, change: { paused: !search.paused } })}
        >
          {search.paused ? t('savedSearch.resume') : t('savedSearch.pause')}
        </Button>
        {search.kind === 'funding' && (
          <Button
            appearance="secondary-action-button"
            busy={change.isPending}
            onClick={() =>
              change.isPending || change.mutate({ search, change: { closingAlerts: !search.closingAlerts } })
            }
          >
            {search.closingAlerts ? t('savedSearch.closingAlertsSwitchOff') : t('savedSearch.closingAlertsSwitchOn')}
          </Button>
        )}
        <ConfirmAction
          label={
            <span aria-label={t('savedSearch.deleteNamed', { name: search.name })}>{t('savedSearch.delete')}</span>
          }
          question={t('savedSearch.deleteConfirm', { name: search.name })}
          confirmLabel={t('savedSearch.deleteYes')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(search.id)}
        />
      </div>
    </li>
  );
}
