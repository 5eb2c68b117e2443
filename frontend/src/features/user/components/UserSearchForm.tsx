import { Button, FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import type { Role } from '@/lib/session';
import type { UserSearch } from '@/features/user/api/userSearch';
import { ROLES } from '@/lib/roles';

interface UserSearchFormProps {
  search: UserSearch;
  onSearch: (search: UserSearch) => void;
}

/** Text, role and status filters for the users list; submitting starts again at page 1. */
export function UserSearchForm({ search, onSearch }: UserSearchFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState(search.q);
  const [role, setRole] = useState<Role | ''>(search.role);
  const [active, setActive] = useState<UserSearch['active']>(search.active);

  useEffect(() => {
    setQ(search.q);
    setRole(search.role);
    setActive(search.active);
  }, [search.q, search.role, search.active]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ q: q.trim(), role, active, page: 1 });
  };

  return (
    <form role="search" aria-label={t('users.filter')} className="hr-search" onSubmit={submit}>
      <div className="hr-search__fields">
        <FormField type="text" className="hr-search__field hr-search__field--wide">
          <FormLabel htmlFor={`${id}-q`}>{t('users.searchLabel')}</FormLabel>
          <Textbox
            id={`${id}-q`}
            name="q"
            type="search"
            autoComplete="off"
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </FormField>
        <FormField type="select" className="hr-search__field">
          <FormLabel htmlFor={`${id}-role`}>{t('users.roleLabel')}</FormLabel>
          <Select
            id={`${id}-role`}
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value as Role | '')}
          >
            <SelectOption value="">{t('users.roleAll')}</SelectOption>
            {ROLES.map((value) => (
              <SelectOption key={value} value={value}>
                {t(`auth.roles.${value}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="select" className="hr-search__field">
          <FormLabel htmlFor={`${id}-active`}>{t('users.statusLabel')}</FormLabel>
          <Select
            id={`${id}-active`}
            name="active"
            value={active}
            onChange={(event) => setActive(event.target.value as UserSearch['active'])}
          >
            <SelectOption value="">{t('users.statusAll')}</SelectOption>
            <SelectOption value="true">{t('users.active')}</SelectOption>
            <SelectOption value="false">{t('users.inactive')}</SelectOption>
          </Select>
        </FormField>
      </div>
      <div className="hr-search__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('users.submit')}
        </Button>
        <RouterLink to="/beheer/gebruikers">{t('users.reset')}</RouterLink>
      </div>
    </form>
  );
}
