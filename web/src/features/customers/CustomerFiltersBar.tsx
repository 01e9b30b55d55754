import { useTranslation } from 'react-i18next';
import { type CustomerFilters, customerStatuses, responseTypes } from '../../api/types.js';

export function CustomerFiltersBar({
  filters,
  onChange,
}: {
  filters: Required<CustomerFilters>;
  onChange: (filters: Required<CustomerFilters>) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<CustomerFilters>) => onChange({ ...filters, ...patch });

  return (
    <div className="filters" role="search">
      <label className="field field--inline filters__search">
        <span className="field__label">{t('customers.search')}</span>
        <input
          type="search"
          value={filters.q}
          placeholder={t('customers.searchPlaceholder')}
          onChange={(event) => set({ q: event.target.value })}
        />
      </label>
      <label className="field field--inline">
        <span className="field__label">{t('customers.filterType')}</span>
        <select
          value={filters.responseType}
          onChange={(event) => set({ responseType: event.target.value as CustomerFilters['responseType'] })}
        >
          <option value="">{t('customers.all')}</option>
          {responseTypes.map((type) => (
            <option key={type} value={type}>
              {t(`responseType.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span className="field__label">{t('customers.filterStatus')}</span>
        <select
          value={filters.status}
          onChange={(event) => set({ status: event.target.value as CustomerFilters['status'] })}
        >
          <option value="">{t('customers.all')}</option>
          {customerStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span className="field__label">{t('customers.filterFollowUp')}</span>
        <select
          value={filters.followUp}
          onChange={(event) => set({ followUp: event.target.value as CustomerFilters['followUp'] })}
        >
          <option value="">{t('customers.all')}</option>
          <option value="true">{t('customers.followUpYes')}</option>
          <option value="false">{t('customers.followUpNo')}</option>
        </select>
      </label>
    </div>
  );
}
