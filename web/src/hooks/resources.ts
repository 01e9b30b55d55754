import * as api from '../api/endpoints.js';
import type { CustomerFilters } from '../api/types.js';
import { useLoad } from './useLoad.js';

/** One hook per resource the screens show. */

export const useCustomer = (id: string) => useLoad(() => api.getCustomer(id), id);
export const useNeedsYou = () => useLoad(api.getNeedsYou, 'needs-you');
export const useActionItems = (status: 'open' | 'done') => useLoad(() => api.listActionItems(status), status);
export const useOutreachSettings = () => useLoad(api.getOutreachSettings, 'outreach');
export const useUnrouted = () => useLoad(api.listUnrouted, 'unrouted');
export const useOutbox = () => useLoad(api.listOutbox, 'outbox');
export const useCustomerList = (filters: CustomerFilters) =>
  useLoad(() => api.listCustomers(filters), JSON.stringify(filters));
