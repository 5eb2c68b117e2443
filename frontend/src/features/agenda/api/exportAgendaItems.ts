import { API_BASE_PATH } from '@/lib/api';

/** GET /agenda-items/export: the agenda's actions as CSV, with Dutch headers and words. */
export const AGENDA_EXPORT_URL = `${API_BASE_PATH}/agenda-items/export`;
