import { createContext, type ReactNode, useContext, useMemo } from 'react';

/** An organisation as the catalogue names it. */
export interface OrganisationOption {
  code: string;
  abbreviation?: string;
  name: string;
  nameEn?: string;
}

interface OrganisationNames {
  organisations: readonly OrganisationOption[];
  /** True while the list is still loading. */
  loading: boolean;
  /** The name of an organisation in the reader's language; its code while the list loads or when unknown. */
  nameOf: (code: string, english?: boolean) => string;
}

const OrganisationNamesContext = createContext<OrganisationNames>({
  organisations: [],
  loading: false,
  nameOf: (code) => code,
});

/**
 * Gives catalogue pages the organisations by code. The app fetches them (organisation feature) and
 * provides them here, so catalogue features need not import another feature.
 */
export function OrganisationNamesProvider({
  organisations,
  children,
}: {
  organisations: readonly OrganisationOption[] | undefined;
  children: ReactNode;
}) {
  const value = useMemo<OrganisationNames>(() => {
    const byCode = new Map((organisations ?? []).map((organisation) => [organisation.code, organisation]));
    return {
      organisations: organisations ?? [],
      loading: organisations === undefined,
      nameOf: (code, english = false) => {
        const organisation = byCode.get(code);
        return organisation ? (english && organisation.nameEn) || organisation.name : code;
      },
    };
  }, [organisations]);
  return <OrganisationNamesContext.Provider value={value}>{children}</OrganisationNamesContext.Provider>;
}

export function useOrganisationNames(): OrganisationNames {
  return useContext(OrganisationNamesContext);
}
