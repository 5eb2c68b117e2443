import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Active or deactivated, in words (never by colour alone). */
export function UserStatus({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusBadge status={active ? 'active' : 'inactive'}>
      {active ? t('users.active') : t('users.inactive')}
    </StatusBadge>
  );
}
