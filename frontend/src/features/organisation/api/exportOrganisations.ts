import { API_BASE_PATH } from '@/lib/api';

/** GET /organisations/export: every organisation as CSV, with Dutch headers and words. */
export const ORGANISATIONS_EXPORT_URL = `${API_BASE_PATH}/organisations/export`;
