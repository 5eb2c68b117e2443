import { useQuery } from '@tanstack/react-query';
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RouterLink } from '@/components/RouterLink';
import { useSession } from '@/features/session/useSession';
import { regionQuery } from '@/features/region/api/getRegion';
import { SIGN_IN_PATH, signInPath } from '@/lib/returnPath';

/**
 * Who is signed in — name, role in words, and organisation or region — with a sign-out button; when
 * signed out, a link to sign in that comes back to this page.
 */
export function AccountBar() {
  const { t } = useTranslation();
  const { status, caller, signOut } = useSession();
  const location = useLocation();
  const [leaving, setLeaving] = useState(false);
  const regionCode = caller?.regionCode ?? '';
  const region = useQuery({ ...regionQuery(regionCode), enabled: regionCode !== '' });

  if (status === 'restoring') return <div className="hr-account" />;
  if (!caller) {
    return (
      <div className="hr-account">
        {location.pathname !== SIGN_IN_PATH && (
          <RouterLink to={signInPath(location)} className="hr-account__sign-in">
            {t('auth.signIn')}
          </RouterLink>
        )}
      </div>
    );
  }

  const where = caller.organisationCode ?? (regionCode ? (region.data?.name ?? regionCode) : undefined);
  const role = caller.role ? t(`auth.roles.${caller.role}`) : undefined;
  const leave = () => {
    setLeaving(true);
    void signOut().finally(() => setLeaving(false));
  };

  return (
    <div className="hr-account">
      <p className="hr-account__who">
        <span className="hr-account__label">{t('auth.signedInAs')}</span>{' '}
        <strong className="hr-account__name">{caller.name}</strong>
        {(role || where) && <span className="hr-account__role">{[role, where].filter(Boolean).join(' · ')}</span>}
      </p>
      {/* what a person keeps for themselves sits with their name, not in the main menu (one row on a desktop) */}
      {caller.role && (
        <RouterLink to="/zoekopdrachten" className="hr-account__saved-searches">
          {t('nav.mySavedSearches')}
        </RouterLink>
      )}
      {caller.role && (
        <RouterLink to="/gevolgd" className="hr-account__saved-searches">
          {t('nav.follows')}
        </RouterLink>
      )}
      <Button appearance="secondary-action-button" busy={leaving} onClick={leave}>
        {leaving ? t('auth.signingOut') : t('auth.signOut')}
      </Button>
    </div>
  );
}
