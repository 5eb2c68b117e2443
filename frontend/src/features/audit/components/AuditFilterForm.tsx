import { Button, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { SelectField } from '@/components/SelectField';
import { type AuditSearch, toAuditSearchParams } from '@/features/audit/api/getAuditEvents';
import { AUDIT_ENTITY_TYPES, entityTypeText } from './AuditTable';

interface AuditFilterFormProps {
  search: AuditSearch;
  onSearch: (search: AuditSearch) => void;
}

/** Filters the log by kind of item; a filter on one item (from its page) can be cleared here. */
export function AuditFilterForm({ search, onSearch }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [entityType, setEntityType] = useState(search.entityType);

  useEffect(() => setEntityType(search.entityType), [search.entityType]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ ...search, entityType, page: 1 });
  };

  return (
    <form role="search" aria-label={t('audit.filter')} className="hr-search" onSubmit={submit}>
      <div className="hr-search__fields">
        <div className="hr-search__field hr-search__field--single">
          <SelectField label={t('audit.typeLabel')} name="entityType" value={entityType} onChange={setEntityType}>
            <SelectOption value="">{t('audit.typeAll')}</SelectOption>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <SelectOption key={type} value={type}>
                {entityTypeText(type, t)}
              </SelectOption>
            ))}
          </SelectField>
        </div>
      </div>
      {search.entityId && (
        <Paragraph>
          {t('audit.entityFilter', { id: search.entityId })}{' '}
          <RouterLink to={`?${toAuditSearchParams({ ...search, entityId: '', page: 1 }).toString()}`}>
            {t('audit.clearEntity')}
          </RouterLink>
        </Paragraph>
      )}
      <div className="hr-search__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('audit.submit')}
        </Button>
      </div>
    </form>
  );
}
