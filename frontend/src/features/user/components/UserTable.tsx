import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import type { Page } from '@/lib/page';
import type { User } from '@/features/user/api/getUsers';
import { UserStatus } from './UserStatus';
import { TableScaffold } from '@/components/TableScaffold';

interface UserTableProps {
  users: Page<User>;
  busy?: boolean;
}

/** One page of accounts; the name links to the account, where it can be deactivated or reset. */
export function UserTable({ users, busy = false }: UserTableProps) {
  const { t } = useTranslation();
  if (users.items.length === 0) {
    return <Paragraph>{t('users.noResults')}</Paragraph>;
  }
  return (
    <TableScaffold>
      <Table aria-busy={busy}>
        <TableCaption>{t('users.caption', { page: users.page, pages: users.totalPages })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('users.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.email')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.role')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.membership')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.status')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.items.map((user) => (
            <TableRow key={user.id}>
              <TableHeaderCell scope="row">
                <RouterLink to={`/beheer/gebruikers/${user.id}`}>{user.displayName}</RouterLink>
              </TableHeaderCell>
              <TableCell>{user.email}</TableCell>
              <TableCell>{t(`auth.roles.${user.role}`)}</TableCell>
              <TableCell>{user.organisationCode ?? user.regionCode ?? '—'}</TableCell>
              <TableCell>
                <UserStatus active={user.active} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScaffold>
  );
}
