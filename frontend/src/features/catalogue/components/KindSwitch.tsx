import { useTranslation } from 'react-i18next';
import type { To } from 'react-router';
import { KINDS, type Kind } from '@/lib/catalogue';
import { RouterLink } from '@/components/RouterLink';

interface KindSwitchProps {
  kind: Kind;
  /** Where each kind's link goes (the same search, for that kind). */
  toKind: (kind: Kind) => To;
  label: string;
}

/** Opgaven, maatregelen, financiering as links; the current one is marked for screen readers too. */
export function KindSwitch({ kind, toKind, label }: KindSwitchProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={label} className="hr-kinds">
      <ul className="hr-kinds__list">
        {KINDS.map((value) => (
          <li key={value}>
            <RouterLink
              to={toKind(value)}
              className={`hr-kinds__link${value === kind ? ' hr-kinds__link--current' : ''}`}
              aria-current={value === kind ? 'page' : undefined}
            >
              {t(`catalogue.kindsPlural.${value}`)}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
