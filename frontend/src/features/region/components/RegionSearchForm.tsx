import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useProvinces } from '@/features/region/api/getProvinces';
import type { RegionSearch, RegionType } from '@/features/region/api/regionSearch';

interface RegionSearchFormProps {
  search: RegionSearch;
  onSearch: (search: RegionSearch) => void;
}

/** Name, type and province filters; submitting starts again at page 1. */
export function RegionSearchForm({ search, onSearch }: RegionSearchFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const provinces = useProvinces();
  const [q, setQ] = useState(search.q);
  const [type, setType] = useState<RegionType | ''>(search.type);
  const [province, setProvince] = useState(search.province);

  // Back, forward and links change the URL without this form: follow them.
  useEffect(() => {
    setQ(search.q);
    setType(search.type);
    setProvince(search.province);
  }, [search.q, search.type, search.province]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ q: q.trim(), type, province, page: 1 });
  };

  return (
    <form role="search" aria-label={t('regions.search')} className="hr-search" onSubmit={submit}>
      <div className="hr-search__fields">
        <FormField type="text" className="hr-search__field hr-search__field--wide">
          <FormLabel htmlFor={`${id}-q`}>{t('regions.searchLabel')}</FormLabel>
          <FormFieldDescription id={`${id}-q-hint`}>{t('regions.searchHint')}</FormFieldDescription>
          <Textbox
            id={`${id}-q`}
            name="q"
            type="search"
            autoComplete="off"
            aria-describedby={`${id}-q-hint`}
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </FormField>
        <FormField type="select" className="hr-search__field">
          <FormLabel htmlFor={`${id}-type`}>{t('regions.typeLabel')}</FormLabel>
          <Select
            id={`${id}-type`}
            name="type"
            value={type}
            onChange={(event) => setType(event.target.value as RegionType | '')}
          >
            <SelectOption value="">{t('regions.typeAll')}</SelectOption>
            <SelectOption value="municipality">{t('regions.types.municipality')}</SelectOption>
            <SelectOption value="province">{t('regions.types.province')}</SelectOption>
          </Select>
        </FormField>
        <FormField type="select" className="hr-search__field">
          <FormLabel htmlFor={`${id}-province`}>{t('regions.provinceLabel')}</FormLabel>
          {provinces.error && (
            <FormFieldDescription id={`${id}-province-error`} invalid>
              {t('regions.provincesFailed', { reason: problemMessage(provinces.error, t) })}
            </FormFieldDescription>
          )}
          <Select
            id={`${id}-province`}
            name="province"
            value={province}
            busy={provinces.isPending}
            aria-describedby={provinces.error ? `${id}-province-error` : undefined}
            onChange={(event) => setProvince(event.target.value)}
          >
            <SelectOption value="">{t('regions.provinceAll')}</SelectOption>
            {provinces.data?.items.map((item) => (
              <SelectOption key={item.code} value={item.code}>
                {item.name}
              </SelectOption>
            ))}
            {province && !provinces.data?.items.some((item) => item.code === province) && (
              <SelectOption value={province}>{province}</SelectOption>
            )}
          </Select>
        </FormField>
      </div>
      <div className="hr-search__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('regions.submit')}
        </Button>
        <RouterLink to="/regios">{t('regions.reset')}</RouterLink>
      </div>
    </form>
  );
}
