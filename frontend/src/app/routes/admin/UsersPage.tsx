import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useUsers } from '@/features/user/api/getUsers';
import { type UserSearch, parseUserSearch, toUserSearchParams } from '@/features/user/api/userSearch';
import { UserSearchForm } from '@/features/user/components/UserSearchForm';
import { UserTable } from '@/features/user/components/UserTable';

/** /beheer/gebruikers: every account, filtered by text, role and status; the URL holds the filters. */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseUserSearch(searchParams);
  const users = useUsers(search);

  const onSearch = (next: UserSearch) => setSearchParams(toUserSearchParams(next));
  const toPage = (page: number) => ({ search: `?${toUserSearchParams({ ...search, page }).toString()}` });

  return (
    <>
      <Heading level={1}>{t('users.title')}</Heading>
      <Paragraph>{t('users.intro')}</Paragraph>
      <Paragraph>
        <Link
          to="/beheer/gebruikers/nieuw"
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          {t('users.new')}
        </Link>
      </Paragraph>
      <UserSearchForm search={search} onSearch={onSearch} />
      <Paragraph role="status" className="hr-result-count">
        {users.data && !users.error ? t('users.results', { count: users.data.totalItems }) : ''}
      </Paragraph>
      {users.error ? (
        <ProblemAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : users.isPending ? (
        <Loading />
      ) : (
        <>
          <UserTable users={users.data} busy={users.isPlaceholderData} />
          <Pagination page={users.data.page} totalPages={users.data.totalPages} toPage={toPage} />
        </>
      )}
    </>
  );
}
