import { useTranslation } from 'react-i18next';

const SCOPE_TEXT = {
  'catalogue:write': 'catalogue',
  'signals:write': 'signals',
  'quotas:write': 'quotas',
  webhooks: 'webhooks',
} as const;

function isKnownScope(scope: string): scope is keyof typeof SCOPE_TEXT {
  return scope in SCOPE_TEXT;
}

/** A scope in words, with its API name for whoever configures the other system. */
export function ScopeText({ scope }: { scope: string }) {
  const { t } = useTranslation();
  return isKnownScope(scope) ? (
    <>
      {t(`apiClients.scopeNames.${SCOPE_TEXT[scope]}`)} (<code>{scope}</code>)
    </>
  ) : (
    <code>{scope}</code>
  );
}

/** The scopes of an API client as a plain list. */
export function ScopeList({ scopes }: { scopes: string[] }) {
  if (scopes.length === 0) return <>—</>;
  return (
    <ul className="hr-plain-list">
      {scopes.map((scope) => (
        <li key={scope}>
          <ScopeText scope={scope} />
        </li>
      ))}
    </ul>
  );
}
