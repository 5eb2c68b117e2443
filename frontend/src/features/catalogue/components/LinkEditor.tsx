import {
  Button,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CatalogueItem, EMPTY_SEARCH, type Kind, type LinkedItem, itemPath } from '@/lib/catalogue';
import { useItemSearch } from '@/features/catalogue/api/searchItems';
import { problemMessage } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { ChangeProblem } from '@/components/ChangeProblem';
import { PublicationStatusBadge } from './PublicationStatusBadge';
import { useNl } from '@/components/useNl';

export interface LinkChangeRequest {
  linkedId: string;
  linked: boolean;
  title: string;
}

interface LinkEditorProps {
  links: readonly LinkedItem[];
  /** The kinds this item can be linked to, searched in this order; the first is searched first. */
  kinds: readonly Kind[];
  onChange: (change: LinkChangeRequest) => void;
  busy?: boolean;
  error?: unknown;
  /** The last change that went through, to say so. */
  done?: LinkChangeRequest;
  onReload: () => void;
  reloading?: boolean;
}

interface HitsProps {
  kind: Kind;
  q: string;
  linked: ReadonlySet<string>;
  busy: boolean;
  onLink: (item: CatalogueItem) => void;
}

/** The search results to pick from; keyed by kind by its parent, so a new kind starts afresh. */
function Hits({ kind, q, linked, busy, onLink }: HitsProps) {
  const { t } = useTranslation();
  const lang = useNl();
  const hits = useItemSearch(kind, { ...EMPTY_SEARCH, q }, { pageSize: 10, enabled: q !== '' });
  if (q === '') return null;
  if (hits.isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (hits.error) return <Paragraph role="alert">{problemMessage(hits.error, t)}</Paragraph>;
  return (
    <>
      <Paragraph role="status" className="hr-result-count">
        {t('editor.links.hits', { count: hits.data.totalItems })}
      </Paragraph>
      <ul className="hr-link-list">
        {hits.data.items.map((item) => (
          <li key={item.id} className="hr-link-list__item">
            <span className="hr-link-list__title" lang={lang}>
              {item.title}
            </span>{' '}
            {item.status !== 'published' && <PublicationStatusBadge status={item.status} />}
            {linked.has(item.id) ? (
              <span className="hr-muted-text">{t('editor.links.already')}</span>
            ) : (
              <Button
                appearance="secondary-action-button"
                aria-label={t('editor.links.addNamed', { title: item.title })}
                busy={busy}
                onClick={() => busy || onLink(item)}
              >
                {t('editor.links.add')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The items linked to this one, each with "Ontkoppelen", and a search to find and link others. Every
 * change needs the current version (If-Match); the page passes the change on with its ETag.
 */
export function LinkEditor({
  links,
  kinds,
  onChange,
  busy = false,
  error,
  done,
  onReload,
  reloading,
}: LinkEditorProps) {
  const { t } = useTranslation();
  const lang = useNl();
  const id = useId();
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'task');
  const [q, setQ] = useState('');
  const [submitted, setSubmitted] = useState('');
  const message = useRef<HTMLParagraphElement>(null);
  const linked = new Set(links.map((link) => link.id));

  // The button that was pressed goes away (unlinked) or turns into text (linked): keep focus on the message.
  useEffect(() => {
    if (done) message.current?.focus();
  }, [done]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(q.trim());
  };

  return (
    <section aria-labelledby={id} className="hr-panel">
      <Heading level={2} id={id}>
        {t('editor.links.title')}
      </Heading>
      <Paragraph role="status" ref={message} tabIndex={-1} className="hr-status-message">
        {done ? t(done.linked ? 'editor.links.linked' : 'editor.links.unlinked', { title: done.title }) : ''}
      </Paragraph>
      <ChangeProblem error={error} onReload={onReload} reloading={reloading} headingLevel={3} />
      <Heading level={3}>{t('editor.links.current')}</Heading>
      {links.length === 0 ? (
        <Paragraph>{t('editor.links.none')}</Paragraph>
      ) : (
        <ul className="hr-link-list">
          {links.map((link) => (
            <li key={link.id} className="hr-link-list__item">
              <span className="hr-link-list__kind">{t(`catalogue.kinds.${link.kind}`)}</span>{' '}
              <RouterLink to={itemPath(link.kind, link.id)} lang={lang}>
                {link.title}
              </RouterLink>{' '}
              {link.status !== 'published' && <PublicationStatusBadge status={link.status} />}
              <Button
                appearance="secondary-action-button"
                hint="danger"
                aria-label={t('editor.links.removeNamed', { title: link.title })}
                busy={busy}
                onClick={() => busy || onChange({ linkedId: link.id, linked: false, title: link.title })}
              >
                {t('editor.links.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Heading level={3}>{t('editor.links.find')}</Heading>
      <form
        role="search"
        aria-label={t('editor.links.find')}
        className="hr-search hr-search--compact"
        onSubmit={submit}
      >
        <div className="hr-search__fields">
          {kinds.length > 1 && (
            <FormField type="select" className="hr-search__field">
              <FormLabel htmlFor={`${id}-kind`}>{t('editor.links.kind')}</FormLabel>
              <Select
                id={`${id}-kind`}
                name="kind"
                value={kind}
                onChange={(event) => setKind(event.target.value as Kind)}
              >
                {kinds.map((value) => (
                  <SelectOption key={value} value={value}>
                    {t(`catalogue.kindsPlural.${value}`)}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
          )}
          <FormField type="text" className="hr-search__field hr-search__field--wide">
            <FormLabel htmlFor={`${id}-q`}>{t('editor.links.q')}</FormLabel>
            <Textbox
              id={`${id}-q`}
              name="q"
              type="search"
              autoComplete="off"
              value={q}
              onChange={(event) => setQ(event.target.value)}
            />
          </FormField>
          <Button type="submit" appearance="secondary-action-button">
            {t('editor.links.submit')}
          </Button>
        </div>
      </form>
      {kinds.includes(kind) && (
        <Hits
          key={kind}
          kind={kind}
          q={submitted}
          linked={linked}
          busy={busy}
          onLink={(item) => onChange({ linkedId: item.id, linked: true, title: item.title })}
        />
      )}
    </section>
  );
}
