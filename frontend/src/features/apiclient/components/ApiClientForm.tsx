import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldErrors } from '@/components/ErrorSummary';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { type OrganisationOption, organisationLabel } from '@/components/organisationLabel';
import { SCOPES, useCreateApiClient } from '@/features/apiclient/api/createApiClient';
import type { ApiClient } from '@/features/apiclient/api/getApiClients';
import { ScopeText } from './ScopeList';

interface ApiClientFormProps {
  organisations: OrganisationOption[] | undefined;
  onCreated: (client: ApiClient) => void;
}

/** A new API client: a name, at least one scope, and optionally whom it works for. */
export function ApiClientForm({ organisations, onCreated }: ApiClientFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [organisationCode, setOrganisationCode] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const mutation = useCreateApiClient();
  const errors = fieldErrors(mutation.error);

  const toggleScope = (scope: string, checked: boolean) =>
    setScopes((current) => (checked ? [...current, scope] : current.filter((value) => value !== scope)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate(
      {
        name: name.trim(),
        scopes: SCOPES.filter((scope) => scopes.includes(scope)),
        organisationCode: organisationCode || null,
        regionCode: regionCode.trim().toUpperCase() || null,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form ref={form} noValidate onSubmit={submit} className="hr-form" aria-label={t('apiClients.form.title')}>
      <ErrorSummary error={mutation.error} />
      <TextField
        label={t('apiClients.form.name')}
        description={t('apiClients.form.nameHint')}
        name="name"
        autoComplete="off"
        required
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <Fieldset
        invalid={Boolean(errors.scopes)}
        aria-describedby={[`${id}-scopes-hint`, errors.scopes ? `${id}-scopes-error` : ''].filter(Boolean).join(' ')}
      >
        <FieldsetLegend>{t('apiClients.form.scopes')}</FieldsetLegend>
        <FormFieldDescription id={`${id}-scopes-hint`}>{t('apiClients.form.scopesHint')}</FormFieldDescription>
        {errors.scopes && (
          <FormFieldErrorMessage id={`${id}-scopes-error`}>
            <span lang="nl">{errors.scopes}</span>
          </FormFieldErrorMessage>
        )}
        {SCOPES.map((scope, index) => (
          <FormField key={scope} type="checkbox" className="hr-checkbox">
            <Checkbox
              id={`${id}-scope-${index}`}
              name="scopes"
              value={scope}
              checked={scopes.includes(scope)}
              invalid={Boolean(errors.scopes)}
              aria-invalid={errors.scopes ? true : undefined}
              onChange={(event) => toggleScope(scope, event.target.checked)}
            />
            <FormLabel htmlFor={`${id}-scope-${index}`} type="checkbox">
              <ScopeText scope={scope} />
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <SelectField
        label={t('apiClients.form.organisation')}
        name="organisationCode"
        value={organisationCode}
        busy={!organisations}
        error={errors.organisationCode}
        onChange={setOrganisationCode}
      >
        <SelectOption value="">{t('apiClients.form.organisationNone')}</SelectOption>
        {(organisations ?? []).map((organisation) => (
          <SelectOption key={organisation.code} value={organisation.code}>
            {organisationLabel(organisation)}
          </SelectOption>
        ))}
      </SelectField>
      <TextField
        label={t('apiClients.form.regionCode')}
        description={t('apiClients.form.regionCodeHint')}
        name="regionCode"
        autoComplete="off"
        value={regionCode}
        onChange={setRegionCode}
        error={errors.regionCode}
      />
      <Button type="submit" appearance="primary-action-button" busy={mutation.isPending} disabled={mutation.isPending}>
        {mutation.isPending ? t('apiClients.form.busy') : t('apiClients.form.submit')}
      </Button>
    </form>
  );
}
