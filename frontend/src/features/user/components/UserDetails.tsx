import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { User } from '@/features/user/api/getUsers';
import { UserStatus } from './UserStatus';

/** The facts of one account. */
export function UserDetails({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  return (
    <DataList className="hr-facts">
      <DataListItem>
        <DataListKey>{t('users.email')}</DataListKey>
        <DataListValue>{user.email}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('users.role')}</DataListKey>
        <DataListValue>{t(`auth.roles.${user.role}`)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('users.membership')}</DataListKey>
        <DataListValue>{user.organisationCode ?? user.regionCode ?? '—'}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('users.status')}</DataListKey>
        <DataListValue>
          <UserStatus active={user.active} />
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('users.demo')}</DataListKey>
        <DataListValue>{user.demo ? t('admin.yes') : t('admin.no')}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('users.createdAt')}</DataListKey>
        <DataListValue>{formatDateTime(user.createdAt, i18n.language)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('users.updatedAt')}</DataListKey>
        <DataListValue>{formatDateTime(user.updatedAt, i18n.language)}</DataListValue>
      </DataListItem>
    </DataList>
  );
}
