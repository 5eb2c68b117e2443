import type { TFunction } from 'i18next';
import { AUDIENCES, type Audience, DOMAINS, type Domain } from '@/lib/catalogue';

/** The words for the API's codes; an unknown code is shown as it is. */
export function domainName(t: TFunction, code: string): string {
  return DOMAINS.includes(code as Domain) ? t(`catalogue.domains.${code as Domain}`) : code;
}

export function audienceName(t: TFunction, code: string): string {
  return AUDIENCES.includes(code as Audience) ? t(`catalogue.audiences.${code as Audience}`) : code;
}
