import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useUser } from '@/features/user/api/getUser';
import { UserActions } from '@/features/user/components/UserActions';
import { UserDetails } from '@/features/user/components/UserDetails';

/** /beheer/gebruikers/:id: one account with its actions and a link to its history. */
export function UserPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const user = useUser(id);
  const title = user.data?.displayName ?? t('users.title404');
  useDocumentTitle(title);
  const audit = new URLSearchParams({ entityType: 'user', entityId: id });

  return (
    <>
      <nav aria-label={t('users.back')} className="hr-back">
        <RouterLink to="/beheer/gebruikers">{t('users.back')}</RouterLink>
      </nav>
      <Heading level={1}>{title}</Heading>
      {created && (
        <Alert type="ok" role="status">
          <Paragraph>{t('users.createdNotice')}</Paragraph>
        </Alert>
      )}
      {user.isPending ? (
        <Loading />
      ) : user.error ? (
        <ProblemAlert error={user.error} onRetry={() => void user.refetch()} />
      ) : (
        <>
          <UserDetails user={user.data} />
          <UserActions user={user.data} />
          <Paragraph>
            <RouterLink to={`/beheer/auditlog?${audit.toString()}`}>{t('users.auditOf')}</RouterLink>
          </Paragraph>
        </>
      )}
    </>
  );
}
