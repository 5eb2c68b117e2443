import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { SignInForm } from '@/features/session/components/SignInForm';
import { type SignInReason, useSession } from '@/features/session/useSession';
import { RETURN_PARAM, safeReturnPath } from '@/lib/returnPath';
import { startPathFor } from '@/app/navigation';

/** /aanmelden: says why when the app sent the reader here, and returns them where they were once signed in. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.page.title'));
  const { status, caller } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  // Without a page to return to, each role starts where its work is.
  const back = safeReturnPath(params.get(RETURN_PARAM)) ?? startPathFor(caller?.role);
  const reason = (location.state as { reason?: SignInReason } | null)?.reason;

  if (status === 'signed-in') return <Navigate to={back} replace />;

  return (
    <div className="hr-narrow">
      <Heading level={1}>{t('auth.page.title')}</Heading>
      {reason === 'expired' && (
        <Alert type="warning" role="alert">
          <Paragraph>{t('auth.page.expired')}</Paragraph>
        </Alert>
      )}
      {reason === 'required' && (
        <Alert type="info">
          <Paragraph>{t('auth.page.required')}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('auth.page.intro')}</Paragraph>
      <SignInForm />
    </div>
  );
}
