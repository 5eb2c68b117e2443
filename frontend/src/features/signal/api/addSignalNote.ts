import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type SignalNote, signalKeys } from './signal';

export function addSignalNote(id: string, text: string): Promise<SignalNote> {
  return dataOf(api.POST('/signals/{id}/notes', { params: { path: { id } }, body: { text } }));
}

/** POST /signals/{id}/notes (support): an internal note. */
export function useAddSignalNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => addSignalNote(id, text),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: signalKeys.notes(id) }),
  });
}
