import { API_BASE_PATH } from '@/lib/api';

/** GET /provincial-plans/export: one row per province, with Dutch headers and words. */
export const PLANS_EXPORT_URL = `${API_BASE_PATH}/provincial-plans/export`;
