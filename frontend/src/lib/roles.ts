import type { Role } from '@/lib/session';

export const ROLES: readonly Role[] = ['municipality', 'province', 'support', 'editor', 'admin'];

/** Municipal and provincial officials belong to a region; everyone else to an organisation. */
export function belongsToRegion(role: Role | '' | null | undefined): boolean {
  return role === 'municipality' || role === 'province';
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
