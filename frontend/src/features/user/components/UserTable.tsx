import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '@/components/DataTable';
import { RouterLink } from '@/components/RouterLink';
import type { Page } from '@/lib/page';
import type { User } from '@/features/user/api/getUsers';
import { UserStatus } from './UserStatus';

interface UserTableProps {
  users: Page<User>;
  busy?: boolean;
}

/** One page of accounts; the name links to the account, where it can be deactivated or reset. */
export function UserTable({ users, busy = false }: UserTableProps) {
  const { t } = useTranslation();
  const columns: Column<User>[] = [
    {
      header: t('users.name'),
      cell: (user) => <RouterLink to={`/beheer/gebruikers/${user.id}`}>{user.displayName}</RouterLink>,
    },
    { header: t('users.email'), cell: (user) => user.email },
    { header: t('users.role'), cell: (user) => t(`auth.roles.${user.role}`) },
    { header: t('users.membership'), cell: (user) => user.organisationCode ?? user.regionCode ?? '—' },
    { header: t('users.status'), cell: (user) => <UserStatus active={user.active} /> },
  ];
  return (
    <DataTable
      caption={t('users.caption', { page: users.page, pages: users.totalPages })}
      columns={columns}
      rows={users.items}
      rowKey={(user) => user.id}
      empty={t('users.noResults')}
      busy={busy}
    />
  );
}
