import { API_BASE_PATH } from '@/lib/api';

/** GET /documents/export: the timeline as CSV, oldest first, with Dutch headers and words. */
export const DOCUMENTS_EXPORT_URL = `${API_BASE_PATH}/documents/export`;
