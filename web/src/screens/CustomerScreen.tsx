import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getTimeline } from '../api/endpoints.js';
import type { Customer } from '../api/types.js';
import { Empty, ErrorMessage, Loading } from '../components/States.js';
import { Tabs } from '../components/Tabs.js';
import { CustomerActionItems } from '../features/customer/CustomerActionItems.js';
import { DetailsTab } from '../features/customer/DetailsTab.js';
import { LogResponseDialog } from '../features/customer/LogResponseDialog.js';
import { SendEmailComposer } from '../features/customer/SendEmailComposer.js';
import { StatusSelect } from '../features/customer/StatusSelect.js';
import { Timeline } from '../features/customer/Timeline.js';
import { useLiveEvents } from '../hooks/liveEvents.js';
import { useCustomer } from '../hooks/resources.js';
import { usePaged } from '../hooks/usePaged.js';
import { Link } from '../router.js';

type Tab = 'timeline' | 'details' | 'actions';

export function CustomerScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const customer = useCustomer(id);
  const timeline = usePaged((cursor) => getTimeline(id, cursor), id);
  const [tab, setTab] = useState<Tab>('timeline');
  const [composing, setComposing] = useState(false);
  const [logging, setLogging] = useState(false);

  useLiveEvents((event) => {
    if (event.customerId !== id) return;
    timeline.reload();
    customer.reload();
  });

  const refresh = (_updated?: Customer) => {
    customer.reload();
    timeline.reload();
  };

  if (customer.error && !customer.data) return <ErrorMessage error={customer.error} onRetry={customer.reload} />;
  if (!customer.data) return <Loading />;
  const current = customer.data;

  return (
    <>
      <nav className="crumbs" aria-label={t('customer.breadcrumb')}>
        <Link to="/customers">← {t('nav.customers')}</Link>
      </nav>
      <header className="page-header">
        <div>
          <h1>{current.name || current.email}</h1>
          <p className="muted">
            {current.email}
            {current.company && ` · ${current.company}`}
          </p>
        </div>
        <div className="page-header__actions">
          <StatusSelect customer={current} onChanged={refresh} />
          <button type="button" className="button button--ghost" onClick={() => setLogging(true)}>
            {t('customer.logResponse')}
          </button>
          <button type="button" className="button button--primary" onClick={() => setComposing(true)}>
            {t('customer.sendEmail')}
          </button>
        </div>
      </header>

      {composing && (
        <SendEmailComposer
          customerId={id}
          to={current.email}
          onCancel={() => setComposing(false)}
          onSent={() => {
            setComposing(false);
            refresh();
          }}
        />
      )}

      <section className="card">
        <Tabs
          label={t('customer.sections')}
          active={tab}
          onChange={setTab}
          tabs={[
            { id: 'timeline', label: t('customer.tab.timeline') },
            { id: 'details', label: t('customer.tab.details') },
            { id: 'actions', label: t('customer.tab.actionItems') },
          ]}
        >
          {tab === 'timeline' && (
            <>
              {timeline.error && <ErrorMessage error={timeline.error} onRetry={timeline.reload} />}
              {!timeline.items && timeline.loading && <Loading />}
              {timeline.items?.length === 0 && <Empty title={t('timeline.empty')}>{t('timeline.emptyHint')}</Empty>}
              {timeline.items && timeline.items.length > 0 && <Timeline items={timeline.items} />}
              {timeline.nextCursor && (
                <div className="more">
                  <button type="button" className="button button--ghost" onClick={timeline.more}>
                    {t('common.loadMore')}
                  </button>
                </div>
              )}
            </>
          )}
          {tab === 'details' && <DetailsTab customer={current} onSaved={refresh} />}
          {tab === 'actions' && <CustomerActionItems customerId={id} />}
        </Tabs>
      </section>

      {logging && (
        <LogResponseDialog
          customerId={id}
          onClose={() => setLogging(false)}
          onSaved={() => {
            setLogging(false);
            refresh();
          }}
        />
      )}
    </>
  );
}
