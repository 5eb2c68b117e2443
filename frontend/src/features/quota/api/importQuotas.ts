import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { QUOTA_KEY, type QuotaImport } from './quota';

/** The columns the API reads, in this order, separated by semicolons. */
export const IMPORT_COLUMNS = 'municipality;period;target;realised;arrearsIn';

export function importQuotas(csv: string): Promise<QuotaImport> {
  return dataOf(
    api.POST('/housing-quotas/imports', {
      body: csv,
      // The file as it is, not JSON.
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

/**
 * POST /housing-quotas/imports (support team): all lines or none. A 400 names every bad line in
 * invalidParams ("regel 3: target"); then nothing was written.
 */
export function useImportQuotas() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importQuotas,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QUOTA_KEY }),
  });
}
