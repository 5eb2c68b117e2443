import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/Loading';
import { type SignInReason, useSession } from '@/features/session/useSession';
import { signInPath } from '@/lib/returnPath';
import type { Role } from '@/lib/session';
import { ForbiddenPage } from './routes/ForbiddenPage';

/**
 * Guards the pages below it: signed out, the reader goes to sign-in and comes back here afterwards;
 * signed in with another role (not one of `role` when it is a list), they get a polite 403 page.
 */
export function RequireRole({ role }: { role: Role | readonly Role[] }) {
  const { status, caller, ended, signedOutFrom } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <Loading />;
  if (!caller) {
    // the page the reader signed out from, until the navigation home has arrived (SessionProvider's signOut)
    if (ended === 'signed-out' && location.key === signedOutFrom) return <Loading />;
    const reason: SignInReason = ended === 'expired' ? 'expired' : 'required';
    return <Navigate to={signInPath(location)} replace state={{ reason }} />;
  }
  const roles: readonly Role[] = typeof role === 'string' ? [role] : role;
  if (!caller.role || !roles.includes(caller.role)) return <ForbiddenPage roles={roles} />;
  return <Outlet />;
}
