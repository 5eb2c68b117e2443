import { SelectOption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, type CatalogueItem, DOMAINS, type Kind } from '@/lib/catalogue';
import { CheckboxGroupField } from '@/components/CheckboxGroupField';
import { SelectField } from '@/components/SelectField';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import { audienceName, domainName } from '@/components/labels';
import { type OrganisationOption, useOrganisationNames } from './OrganisationNames';

/** The fields every kind has, as the form holds them (strings; empty means not filled in). */
export interface CommonValues {
  title: string;
  summary: string;
  body: string;
  domains: string[];
  audiences: string[];
  /** The responsible, offering or providing organisation: the first of organisationCodes. */
  organisation: string;
  /** The other organisations involved. */
  involved: string[];
  sourceUrl: string;
}

export function commonValuesOf(item: CatalogueItem | undefined): CommonValues {
  const [organisation = '', ...involved] = item?.organisationCodes ?? [];
  return {
    title: item?.title ?? '',
    summary: item?.summary ?? '',
    body: item?.body ?? '',
    domains: [...(item?.domains ?? [])],
    audiences: [...(item?.audiences ?? [])],
    organisation,
    involved,
    sourceUrl: item?.sourceUrl ?? '',
  };
}

/** Empty text becomes null, so the API stores "not known" rather than "". */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The common part of a request; an edited item keeps its slug (the address does not change). */
export function commonRequestOf(values: CommonValues, item: CatalogueItem | undefined) {
  return {
    slug: item?.slug ?? null,
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: textOrNull(values.body),
    domains: values.domains,
    audiences: values.audiences,
    organisationCodes: values.organisation
      ? [values.organisation, ...values.involved.filter((code) => code !== values.organisation)]
      : values.involved,
    sourceUrl: textOrNull(values.sourceUrl),
  };
}

export function organisationLabel(organisation: OrganisationOption): string {
  return organisation.abbreviation && organisation.abbreviation !== organisation.name
    ? `${organisation.abbreviation} – ${organisation.name}`
    : organisation.name;
}

interface CommonFieldsProps {
  kind: Kind;
  values: CommonValues;
  onChange: (patch: Partial<CommonValues>) => void;
  errors: Record<string, string>;
  /** The fields of this kind, between the organisations and the source. */
  children?: ReactNode;
}

/** Title, summary, body, domains, audiences, organisations — then the kind's own fields — and the source. */
export function CommonFields({ kind, values, onChange, errors, children }: CommonFieldsProps) {
  const { t } = useTranslation();
  const { organisations, loading } = useOrganisationNames();
  const others = organisations.filter((organisation) => organisation.code !== values.organisation);
  return (
    <>
      <TextField
        label={t('editor.form.title')}
        name="title"
        required
        value={values.title}
        onChange={(title) => onChange({ title })}
        error={errors.title}
      />
      <TextAreaField
        label={t('editor.form.summary')}
        description={t('editor.form.summaryHint')}
        name="summary"
        required
        rows={3}
        value={values.summary}
        onChange={(summary) => onChange({ summary })}
        error={errors.summary}
      />
      <TextAreaField
        label={t('editor.form.body')}
        description={t('editor.form.bodyHint')}
        name="body"
        rows={10}
        value={values.body}
        onChange={(body) => onChange({ body })}
        error={errors.body}
      />
      <CheckboxGroupField
        legend={t('editor.form.domains')}
        name="domains"
        options={DOMAINS.map((domain) => ({ value: domain, label: domainName(t, domain) }))}
        values={values.domains}
        onChange={(domains) => onChange({ domains })}
        description={t('editor.form.domainsHint')}
        error={errors.domains}
      />
      <CheckboxGroupField
        legend={t('editor.form.audiences')}
        name="audiences"
        options={AUDIENCES.map((audience) => ({ value: audience, label: audienceName(t, audience) }))}
        values={values.audiences}
        onChange={(audiences) => onChange({ audiences })}
        error={errors.audiences}
      />
      <SelectField
        label={t(`editor.form.organisation.${kind}`)}
        name="organisation"
        value={values.organisation}
        busy={loading}
        error={errors.organisationCodes}
        onChange={(organisation) =>
          onChange({ organisation, involved: values.involved.filter((code) => code !== organisation) })
        }
      >
        <SelectOption value="">{t('editor.form.organisationChoose')}</SelectOption>
        {organisations.map((organisation) => (
          <SelectOption key={organisation.code} value={organisation.code}>
            {organisationLabel(organisation)}
          </SelectOption>
        ))}
        {values.organisation && !organisations.some((organisation) => organisation.code === values.organisation) && (
          <SelectOption value={values.organisation}>{values.organisation}</SelectOption>
        )}
      </SelectField>
      <CheckboxGroupField
        legend={t('editor.form.involved')}
        name="involved"
        options={others.map((organisation) => ({ value: organisation.code, label: organisationLabel(organisation) }))}
        values={values.involved}
        onChange={(involved) => onChange({ involved })}
      />
      {children}
      <TextField
        label={t('editor.form.sourceUrl')}
        description={t('editor.form.urlHint')}
        name="sourceUrl"
        type="url"
        inputMode="url"
        value={values.sourceUrl}
        onChange={(sourceUrl) => onChange({ sourceUrl })}
        error={errors.sourceUrl}
      />
    </>
  );
}
