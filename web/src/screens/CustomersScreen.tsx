import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customersExportUrl, listCustomers } from '../api/endpoints.js';
import type { CustomerFilters } from '../api/types.js';
import { Empty, ErrorMessage, Loading } from '../components/States.js';
import { AddCustomerDialog } from '../features/customers/AddCustomerDialog.js';
import { CustomerFiltersBar } from '../features/customers/CustomerFiltersBar.js';
import { CustomerTable } from '../features/customers/CustomerTable.js';
import { ImportCsvDialog } from '../features/customers/ImportCsvDialog.js';
import { NeedsYouStrip } from '../features/customers/NeedsYouStrip.js';
import { useLiveEvents } from '../hooks/liveEvents.js';
import { useNeedsYou } from '../hooks/resources.js';
import { useDebounced } from '../hooks/useDebounced.js';
import { usePaged } from '../hooks/usePaged.js';
import { navigate } from '../router.js';

const noFilters: Required<CustomerFilters> = { q: '', status: '', responseType: '', followUp: '' };

export function CustomersScreen() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(noFilters);
  const [dialog, setDialog] = useState<'add' | 'import' | null>(null);
  const settled = useDebounced(filters, 250);
  const customers = usePaged((cursor) => listCustomers(settled, cursor), JSON.stringify(settled));
  const needsYou = useNeedsYou();
  const filtered = Object.values(settled).some(Boolean);

  useLiveEvents(() => {
    customers.reload();
    needsYou.reload();
  });

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('customers.title')}</h1>
          <p className="muted">{t('customers.subtitle')}</p>
        </div>
        <div className="page-header__actions">
          <a className="button button--ghost" href={customersExportUrl} download="customers.csv">
            {t('customers.export')}
          </a>
          <button type="button" className="button button--ghost" onClick={() => setDialog('import')}>
            {t('customers.import')}
          </button>
          <button type="button" className="button button--primary" onClick={() => setDialog('add')}>
            {t('customers.add')}
          </button>
        </div>
      </header>

      <NeedsYouStrip needsYou={needsYou} />

      <section className="card" aria-label={t('customers.title')}>
        <CustomerFiltersBar filters={filters} onChange={setFilters} />
        {customers.error && <ErrorMessage error={customers.error} onRetry={customers.reload} />}
        {customers.items === undefined && customers.loading && <Loading />}
        {customers.items?.length === 0 &&
          (filtered ? (
            <Empty title={t('customers.emptyFiltered')} />
          ) : (
            <Empty title={t('customers.empty')}>{t('customers.emptyHint')}</Empty>
          ))}
        {customers.items && customers.items.length > 0 && <CustomerTable customers={customers.items} />}
        {customers.nextCursor && (
          <div className="more">
            <button type="button" className="button button--ghost" disabled={customers.loading} onClick={customers.more}>
              {t('common.loadMore')}
            </button>
          </div>
        )}
      </section>

      {dialog === 'add' && (
        <AddCustomerDialog
          onClose={() => setDialog(null)}
          onCreated={(customer) => navigate(`/customers/${encodeURIComponent(customer.id)}`)}
        />
      )}
      {dialog === 'import' && <ImportCsvDialog onClose={() => setDialog(null)} onImported={customers.reload} />}
    </>
  );
}
