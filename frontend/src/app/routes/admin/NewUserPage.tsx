import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { UserForm } from '@/features/user/components/UserForm';
import { useOrganisations } from '@/features/organisation/api/getOrganisations';

/** /beheer/gebruikers/nieuw: the new account's page opens once it is created. */
export function NewUserPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.form.title'));
  const navigate = useNavigate();
  const organisations = useOrganisations();
  return (
    <>
      <nav aria-label={t('users.back')} className="hr-back">
        <RouterLink to="/beheer/gebruikers">{t('users.back')}</RouterLink>
      </nav>
      <Heading level={1}>{t('users.form.title')}</Heading>
      <Paragraph>{t('users.form.intro')}</Paragraph>
      <UserForm
        organisations={organisations.data?.items}
        organisationsError={organisations.error}
        onCreated={(user) => void navigate(`/beheer/gebruikers/${user.id}`, { state: { created: true } })}
      />
    </>
  );
}
