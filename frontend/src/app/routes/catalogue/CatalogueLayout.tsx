import { Outlet } from 'react-router';
import { OrganisationNamesProvider } from '@/features/catalogue/components/OrganisationNames';
import { useOrganisations } from '@/features/organisation/api/getOrganisations';

/** Catalogue pages name organisations, not codes: the organisation feature's list, given to them here. */
export function CatalogueLayout() {
  const organisations = useOrganisations();
  return (
    <OrganisationNamesProvider organisations={organisations.error ? [] : organisations.data?.items}>
      <Outlet />
    </OrganisationNamesProvider>
  );
}
