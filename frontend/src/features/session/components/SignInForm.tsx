import { useMutation } from '@tanstack/react-query';
import { Button } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldErrors } from '@/components/ErrorSummary';
import { TextField } from '@/components/TextField';
import { useSession } from '@/features/session/useSession';

/**
 * E-mail and password. An empty field is named before anything is sent; the API's invalidParams appear
 * next to the fields, and a refusal (401, or 429 with the wait) in the summary, in the problem's own words.
 */
export function SignInForm() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({ mutationFn: signIn });
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>();
  const errors = { ...fieldErrors(mutation.error), ...ownErrors };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('auth.page.emailMissing');
    if (!password) missing.password = t('auth.page.passwordMissing');
    if (Object.keys(missing).length > 0) {
      mutation.reset();
      setOwnErrors(missing);
      return;
    }
    setOwnErrors(undefined);
    mutation.mutate({ email: email.trim(), password });
  };

  return (
    <form noValidate onSubmit={submit} className="hr-form" aria-label={t('auth.page.title')}>
      <ErrorSummary error={mutation.error} errors={ownErrors} />
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
