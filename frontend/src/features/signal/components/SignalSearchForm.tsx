import {
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { SIGNAL_STATUSES, SIGNAL_TYPES, type SignalTheme, oneOf } from '@/features/signal/api/signal';
import {
  SIGNAL_SORTS,
  type SignalSearch,
  parseSignalSearch,
  toSignalSearchParams,
} from '@/features/signal/api/signalSearch';

/** A choice for a select the page fills (provinces, support-team organisations). */
export interface FilterOption {
  value: string;
  label: string;
}

/** The options of a select the page loads, with the reason when they could not be loaded. */
export interface FilterOptions {
  options: readonly FilterOption[] | undefined;
  error?: unknown;
}

interface SignalSearchFormProps {
  search: SignalSearch;
  onSearch: (search: SignalSearch) => void;
  themes: readonly SignalTheme[] | undefined;
  /** The support team also filters on province and owner; a region sees only its own signals. */
  provinces?: FilterOptions;
  owners?: FilterOptions;
  resetTo: string;
}

function FilterSelect({
  label,
  name,
  value,
  onChange,
  all,
  options,
  error,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  all?: string;
  options: readonly FilterOption[];
  error?: unknown;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <FormField type="select" className="hr-search__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {Boolean(error) && (
        <FormFieldDescription id={`${id}-error`} invalid>
          {t('signals.filter.listFailed', { reason: problemMessage(error, t) })}
        </FormFieldDescription>
      )}
      <Select
        id={id}
        name={name}
        value={value}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {all !== undefined && <SelectOption value="">{all}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
        {value && !options.some((option) => option.value === value) && (
          <SelectOption value={value}>{value}</SelectOption>
        )}
      </Select>
    </FormField>
  );
}

/** Words, status, theme, type, (province and owner for the support team), overdue only, and sort; a new search starts at page 1. */
export function SignalSearchForm({ search, onSearch, themes, provinces, owners, resetTo }: SignalSearchFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(search);

  // Back, forward and links change the URL without this form: follow them (and only them, not every render).
  const inUrl = toSignalSearchParams(search).toString();
  useEffect(() => setDraft(parseSignalSearch(new URLSearchParams(inUrl))), [inUrl]);

  const set = (field: keyof SignalSearch) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ ...draft, q: draft.q.trim(), page: 1 });
  };

  const selects: ReactNode[] = [
    <FilterSelect
      key="status"
      label={t('signals.filter.status')}
      name="status"
      value={draft.status}
      onChange={(value) => setDraft((current) => ({ ...current, status: oneOf(SIGNAL_STATUSES, value) ? value : '' }))}
      all={t('signals.filter.statusAll')}
      options={SIGNAL_STATUSES.map((value) => ({ value, label: t(`signals.statuses.${value}`) }))}
    />,
    <FilterSelect
      key="theme"
      label={t('signals.filter.theme')}
      name="theme"
      value={draft.theme}
      onChange={set('theme')}
      all={t('signals.filter.themeAll')}
      options={(themes ?? []).map((theme) => ({
        value: theme.code,
        label: i18n.language === 'en' ? theme.nameEn : theme.name,
      }))}
    />,
    <FilterSelect
      key="type"
      label={t('signals.filter.type')}
      name="type"
      value={draft.type}
      onChange={(value) => setDraft((current) => ({ ...current, type: oneOf(SIGNAL_TYPES, value) ? value : '' }))}
      all={t('signals.filter.typeAll')}
      options={SIGNAL_TYPES.map((value) => ({ value, label: t(`signals.types.${value}`) }))}
    />,
  ];
  if (provinces) {
    selects.push(
      <FilterSelect
        key="province"
        label={t('signals.filter.province')}
        name="province"
        value={draft.province}
        onChange={set('province')}
        all={t('signals.filter.provinceAll')}
        options={provinces.options ?? []}
        error={provinces.error}
      />,
    );
  }
  if (owners) {
    selects.push(
      <FilterSelect
        key="owner"
        label={t('signals.filter.owner')}
        name="owner"
        value={draft.owner}
        onChange={set('owner')}
        all={t('signals.filter.ownerAll')}
        options={owners.options ?? []}
        error={owners.error}
      />,
    );
  }

  return (
    <form role="search" aria-label={t('signals.filter.label')} className="hr-search" onSubmit={submit}>
      <div className="hr-search__fields">
        <FormField type="text" className="hr-search__field hr-search__field--wide">
          <FormLabel htmlFor={`${id}-q`}>{t('signals.filter.q')}</FormLabel>
          <FormFieldDescription id={`${id}-q-hint`}>{t('signals.filter.qHint')}</FormFieldDescription>
          <Textbox
            id={`${id}-q`}
            name="q"
            type="search"
            autoComplete="off"
            aria-describedby={`${id}-q-hint`}
            value={draft.q}
            onChange={(event) => set('q')(event.target.value)}
          />
        </FormField>
        {selects}
        <FilterSelect
          label={t('signals.filter.sort')}
          name="sort"
          value={draft.sort || 'urgency'}
          onChange={(value) =>
            setDraft((current) => ({
              ...current,
              sort: oneOf(SIGNAL_SORTS, value) && value !== 'urgency' ? value : '',
            }))
          }
          options={SIGNAL_SORTS.map((value) => ({ value, label: t(`signals.filter.sorts.${value}`) }))}
        />
      </div>
      <FormField type="checkbox" className="hr-checkbox hr-search__check">
        <Checkbox
          id={`${id}-overdue`}
          name="overdue"
          checked={draft.overdue}
          onChange={(event) => setDraft((current) => ({ ...current, overdue: event.target.checked }))}
        />
        <FormLabel htmlFor={`${id}-overdue`} type="checkbox">
          {t('signals.filter.overdue')}
        </FormLabel>
      </FormField>
      <div className="hr-search__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('signals.filter.submit')}
        </Button>
        <RouterLink to={resetTo}>{t('signals.filter.reset')}</RouterLink>
      </div>
    </form>
  );
}
