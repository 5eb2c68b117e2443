import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '@/lib/api';
import { type SignalAttachment, signalKeys } from './signal';

/** The largest file the API accepts (it answers 413 above it). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What the API accepts (it checks the content, not the name): PDF, Office, OpenDocument and images. */
export const ATTACHMENT_ACCEPT =
  '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp,application/pdf,image/png,image/jpeg,image/gif,image/webp';

export function addSignalAttachment(id: string, file: Blob, fileName: string): Promise<SignalAttachment> {
  return dataOf(
    api.POST('/signals/{id}/attachments', {
      params: { path: { id }, query: { fileName } },
      // The raw bytes, not JSON: the generated type says string, the API reads the body as is.
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': 'application/octet-stream' },
    }),
  );
}

/** POST /signals/{id}/attachments?fileName=…: the file as the body; 413 above 10 MB, 415 for other types. */
export function useAddSignalAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => addSignalAttachment(id, file, file.name),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: signalKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: signalKeys.history(id) }),
      ]),
  });
}
