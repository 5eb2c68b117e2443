import { useMutation } from '@tanstack/react-query';
import { Button } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, fieldErrors, useFocusFirstInvalid } from '../../../components/FormProblem';
import { TextField } from '../../../components/TextField';
import { useSession } from '../session/useSession';

const FIELDS = ['email', 'password'] as const;

/**
 * E-mail and password. The API checks both: its invalidParams appear next to the fields, and a refusal
 * (401, or 429 with the wait) above the form, in the problem's own words.
 */
export function SignInForm() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({ mutationFn: signIn });
  const errors = fieldErrors(mutation.error);
  useFocusFirstInvalid(form, mutation.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate({ email: email.trim(), password });
  };

  return (
    <form ref={form} noValidate onSubmit={submit} className="hr-form" aria-label={t('auth.page.title')}>
      <FormProblem error={mutation.error} fields={FIELDS} title={t('auth.page.failed')} />
      <TextField
        label={t('auth.page.email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <TextField
        label={t('auth.page.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
        error={errors.password}
      />
      <Button type="submit" appearance="primary-action-button" busy={mutation.isPending} disabled={mutation.isPending}>
        {mutation.isPending ? t('auth.page.busy') : t('auth.page.submit')}
      </Button>
    </form>
  );
}
