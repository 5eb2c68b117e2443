import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { AGENDA_PATH, agendaItemPath } from '@/features/agenda/api/agenda';
import { useCreateAgendaItem } from '@/features/agenda/api/createAgendaItem';
import { AgendaItemForm } from '@/features/agenda/components/AgendaItemForm';
import { useOwnerOptions } from './EditAgendaItemPage';

/** /agenda/nieuw (support team, editors): a new action; its page opens once it is saved. */
export function NewAgendaItemPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('agenda.form.newTitle'));
  const navigate = useNavigate();
  const create = useCreateAgendaItem();
  const owners = useOwnerOptions();
  return (
    <>
      <nav aria-label={t('agenda.back')} className="hr-back">
        <RouterLink to={AGENDA_PATH}>{t('agenda.back')}</RouterLink>
      </nav>
      <Heading level={1}>{t('agenda.form.newTitle')}</Heading>
      <Paragraph>{t('agenda.form.newIntro')}</Paragraph>
      <AgendaItemForm
        owners={owners}
        pending={create.isPending}
        error={create.error}
        submitLabel={t('agenda.form.create')}
        pendingLabel={t('agenda.form.creating')}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: (created) => void navigate(agendaItemPath(created.item.id), { state: { created: true } }),
          })
        }
      />
    </>
  );
}
