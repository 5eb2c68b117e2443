import { Heading } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useNl } from '@/components/useNl';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { type AgendaItem, agendaItemPath } from '@/features/agenda/api/agenda';
import { useAgendaItem } from '@/features/agenda/api/getAgendaItem';
import { useReplaceAgendaItem } from '@/features/agenda/api/replaceAgendaItem';
import { AgendaItemForm } from '@/features/agenda/components/AgendaItemForm';
import { organisationsQuery } from '@/features/organisation/api/getOrganisations';
import type { Tagged } from '@/lib/api';

/** The organisations that can own an action, as options: "BZK – Ministerie van …". */
export function useOwnerOptions() {
  const organisations = useQuery(organisationsQuery());
  return organisations.data?.items.map((organisation) => ({
    value: organisation.code,
    label: `${organisation.abbreviation ?? organisation.code} – ${organisation.name}`,
  }));
}

/**
 * /agenda/:id/bewerken (support team, editors). The page keeps the version its form is based on and
 * sends that ETag in If-Match; on 412 it says someone changed the action meanwhile and offers to load the
 * latest version into the form — nothing is overwritten silently.
 */
export function EditAgendaItemPage() {
  const { t } = useTranslation();
  const lang = useNl();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useAgendaItem(id);
  const replace = useReplaceAgendaItem(id);
  const owners = useOwnerOptions();
  const [current, setCurrent] = useState<Tagged<AgendaItem>>();
  const [formKey, setFormKey] = useState(0);
  const [reloading, setReloading] = useState(false);
  const form = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!current && query.data) setCurrent(query.data);
  }, [current, query.data]);

  useEffect(() => {
    if (formKey > 0) form.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [formKey]);

  useDocumentTitle(current ? t('agenda.form.editTitle', { title: current.item.title }) : t('agenda.item'));

  const reload = async () => {
    setReloading(true);
    const fresh = await query.refetch();
    setReloading(false);
    if (!fresh.data) return;
    replace.reset();
    setCurrent(fresh.data);
    setFormKey((key) => key + 1);
  };

  return (
    <>
      <nav aria-label={t('agenda.backToItem')} className="hr-back">
        <RouterLink to={agendaItemPath(id)}>{t('agenda.backToItem')}</RouterLink>
      </nav>
      {!current ? (
        <>
          <Heading level={1}>{t('agenda.item')}</Heading>
          {query.error ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
        </>
      ) : (
        <div ref={form}>
          <Heading level={1} lang={lang}>
            {t('agenda.form.editTitle', { title: current.item.title })}
          </Heading>
          <AgendaItemForm
            key={formKey}
            item={current.item}
            owners={owners}
            pending={replace.isPending}
            error={replace.error}
            submitLabel={t('agenda.form.save')}
            pendingLabel={t('agenda.form.saving')}
            onReload={() => void reload()}
            reloading={reloading}
            onSubmit={(body) =>
              replace.mutate(
                { body, etag: current.etag },
                {
                  onSuccess: (saved) =>
                    void navigate(agendaItemPath(saved.item.id), { state: { saved: saved.item.version } }),
                },
              )
            }
          />
        </div>
      )}
    </>
  );
}
