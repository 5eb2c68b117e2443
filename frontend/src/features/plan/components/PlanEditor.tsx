import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tagged } from '@/lib/api';
import { useProvincialPlan } from '@/features/plan/api/getProvincialPlan';
import type { ProvincialPlan } from '@/features/plan/api/plan';
import { useReplaceProvincialPlan } from '@/features/plan/api/replaceProvincialPlan';
import { PlanForm } from './PlanForm';

/**
 * Changing a province's plan. The editor keeps the version its form is based on (the one it loaded,
 * then each one it saved) and sends that ETag in If-Match; when someone else changed the plan meanwhile
 * the API answers 412 and the reader chooses to load the latest version — nothing is overwritten.
 */
export function PlanEditor({ plan: loaded }: { plan: Tagged<ProvincialPlan> }) {
  const { t } = useTranslation();
  const province = loaded.item.provinceCode;
  const query = useProvincialPlan(province);
  const replace = useReplaceProvincialPlan(province);
  const [current, setCurrent] = useState(loaded);
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [reloading, setReloading] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (formKey > 0) container.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [formKey]);

  const reload = async () => {
    setReloading(true);
    const fresh = await query.refetch();
    setReloading(false);
    if (!fresh.data) return;
    replace.reset();
    setCurrent(fresh.data);
    setNotice(t('plans.form.reloaded'));
    setFormKey((key) => key + 1);
  };

  return (
    <div ref={container}>
      <PlanForm
        key={formKey}
        plan={current.item}
        pending={replace.isPending}
        error={replace.error}
        onReload={() => void reload()}
        reloading={reloading}
        notice={notice}
        onSubmit={(body) => {
          setNotice(undefined);
          replace.mutate(
            { body, etag: current.etag },
            {
              onSuccess: (saved) => {
                setCurrent(saved);
                setNotice(t('plans.form.saved'));
              },
            },
          );
        }}
      />
    </div>
  );
}
