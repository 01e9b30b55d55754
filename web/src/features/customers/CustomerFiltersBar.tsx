import { useTranslation } from 'react-i18next';
import { type CustomerFilters, customerStatuses, responseTypes } from '../../api/types.js';
import { Field } from '../../components/Field.js';

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
      <Field label={t('customers.search')} inline className="filters__search">
        <input
          type="search"
          value={filters.q}
          placeholder={t('customers.searchPlaceholder')}
          onChange={(event) => set({ q: event.target.value })}
        />
      </Field>
      <Field label={t('customers.filterType')} inline>
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
      </Field>
      <Field label={t('customers.filterStatus')} inline>
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
      </Field>
      <Field label={t('customers.filterFollowUp')} inline>
        <select
          value={filters.followUp}
          onChange={(event) => set({ followUp: event.target.value as CustomerFilters['followUp'] })}
        >
          <option value="">{t('customers.all')}</option>
          <option value="true">{t('customers.followUpYes')}</option>
          <option value="false">{t('customers.followUpNo')}</option>
        </select>
      </Field>
    </div>
  );
}
