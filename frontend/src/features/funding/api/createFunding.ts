import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { type Funding, type Versioned, invalidateCatalogue, rememberItem, versionedOf } from '@/lib/catalogue';
import type { components } from '@/types/openapi';

export type FundingRequest = components['schemas']['FundingRequest'];

export function createFunding(body: FundingRequest): Promise<Versioned<Funding>> {
  return versionedOf(api.POST('/funding', { body }));
}

/** POST /funding: a new funding item, as a draft (editors). */
export function useCreateFunding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFunding,
    onSuccess: (created) => {
      rememberItem(queryClient, 'funding', created);
      return invalidateCatalogue(queryClient);
    },
  });
}
