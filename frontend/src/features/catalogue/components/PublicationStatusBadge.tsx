import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PublicationStatus } from '@/lib/catalogue';

const APPEARANCE: Record<PublicationStatus, string> = { draft: 'warning', published: 'active', archived: 'inactive' };

/** Concept, Gepubliceerd or Gearchiveerd, in words (the colour only repeats it). */
export function PublicationStatusBadge({ status }: { status: PublicationStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge status={APPEARANCE[status]} className="hr-status-badge" data-status={status}>
      {t(`catalogue.statuses.${status}`)}
    </StatusBadge>
  );
}
