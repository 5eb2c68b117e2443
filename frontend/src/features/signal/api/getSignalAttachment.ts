import { api, dataOf } from '@/lib/api';

/**
 * GET /signals/{id}/attachments/{attachmentId}: the file, fetched with the session's token (a plain link
 * would go without it), then handed to the browser as a download.
 */
export async function downloadSignalAttachment(id: string, attachmentId: string, fileName: string): Promise<void> {
  const blob = await dataOf(
    api.GET('/signals/{id}/attachments/{attachmentId}', { params: { path: { id, attachmentId } }, parseAs: 'blob' }),
  );
  const url = URL.createObjectURL(blob as Blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
