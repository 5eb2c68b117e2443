import { Button, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldErrors } from '@/components/ErrorSummary';
import { problemMessage } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { type OrganisationOption, organisationLabel } from '@/components/organisationLabel';
import type { Role } from '@/lib/session';
import { type UserRequest, useCreateUser } from '@/features/user/api/createUser';
import type { User } from '@/features/user/api/getUsers';
import { ROLES, belongsToRegion, isRole } from '@/lib/roles';

interface UserFormProps {
  organisations: OrganisationOption[] | undefined;
  organisationsError?: unknown;
  onCreated: (user: User) => void;
}

/**
 * A new account. The role decides what it belongs to: a region code for municipality and province, an
 * organisation for the others (the support team's six only, for support). The API checks every field.
 */
export function UserForm({ organisations, organisationsError, onCreated }: UserFormProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [organisationCode, setOrganisationCode] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useCreateUser();
  const errors = fieldErrors(mutation.error);

  const inRegion = belongsToRegion(role);
  const inOrganisation = role !== '' && !inRegion;
  const choices = (organisations ?? []).filter((organisation) => role !== 'support' || organisation.supportTeam);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // An empty role is left out, so the API answers that it is required, next to the field.
    const request = {
      email: email.trim(),
      displayName: displayName.trim(),
      role: role || undefined,
      organisationCode: inOrganisation ? organisationCode || null : null,
      regionCode: inRegion ? regionCode.trim().toUpperCase() || null : null,
      password,
    } as UserRequest;
    mutation.mutate(request, { onSuccess: onCreated });
  };

  return (
    <form ref={form} noValidate onSubmit={submit} className="hr-form" aria-label={t('users.form.title')}>
      <ErrorSummary error={mutation.error} />
      <TextField
        label={t('users.form.email')}
        name="email"
        type="email"
        autoComplete="off"
        required
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <TextField
        label={t('users.form.displayName')}
        description={t('users.form.displayNameHint')}
        name="displayName"
        autoComplete="off"
        required
        value={displayName}
        onChange={setDisplayName}
        error={errors.displayName}
      />
      <SelectField
        label={t('users.form.role')}
        name="role"
        required
        value={role}
        error={errors.role}
        onChange={(value) => setRole(isRole(value) ? value : '')}
      >
        <SelectOption value="">{t('users.form.roleChoose')}</SelectOption>
        {ROLES.map((value) => (
          <SelectOption key={value} value={value}>
            {t(`auth.roles.${value}`)}
          </SelectOption>
        ))}
      </SelectField>
      {inOrganisation && (
        <SelectField
          label={t('users.form.organisation')}
          name="organisationCode"
          required
          value={organisationCode}
          busy={!organisations && !organisationsError}
          error={errors.organisationCode}
          description={
            organisationsError
              ? t('users.form.organisationsFailed', { reason: problemMessage(organisationsError, t) })
              : role === 'support'
                ? t('users.form.organisationHintSupport')
                : undefined
          }
          onChange={setOrganisationCode}
        >
          <SelectOption value="">{t('users.form.organisationChoose')}</SelectOption>
          {choices.map((organisation) => (
            <SelectOption key={organisation.code} value={organisation.code}>
              {organisationLabel(organisation)}
            </SelectOption>
          ))}
          {organisationCode && !choices.some((organisation) => organisation.code === organisationCode) && (
            <SelectOption value={organisationCode}>{organisationCode}</SelectOption>
          )}
        </SelectField>
      )}
      {inRegion && (
        <TextField
          label={t('users.form.regionCode')}
          description={
            role === 'province' ? t('users.form.regionCodeHintProvince') : t('users.form.regionCodeHintMunicipality')
          }
          name="regionCode"
          autoComplete="off"
          required
          value={regionCode}
          onChange={setRegionCode}
          error={errors.regionCode}
        />
      )}
      <TextField
        label={t('users.form.password')}
        description={t('users.form.passwordHint')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={setPassword}
        error={errors.password}
      />
      <Button type="submit" appearance="primary-action-button" busy={mutation.isPending} disabled={mutation.isPending}>
        {mutation.isPending ? t('users.form.busy') : t('users.form.submit')}
      </Button>
    </form>
  );
}
