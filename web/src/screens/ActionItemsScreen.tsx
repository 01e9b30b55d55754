import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorMessage, Loading } from '../components/States.js';
import { ActionItemList } from '../features/actionItems/ActionItemList.js';
import { useLiveEvents } from '../hooks/liveEvents.js';
import { useActionItems } from '../hooks/resources.js';

export function ActionItemsScreen() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const items = useActionItems(status);
  useLiveEvents((event) => event.name === 'analysis' && items.reload());

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('actionItems.title')}</h1>
          <p className="muted">{t('actionItems.subtitle')}</p>
        </div>
        <div className="segmented" role="group" aria-label={t('actionItems.show')}>
          <button type="button" aria-pressed={status === 'open'} onClick={() => setStatus('open')}>
            {t('actionItems.open')}
          </button>
          <button type="button" aria-pressed={status === 'done'} onClick={() => setStatus('done')}>
            {t('actionItems.done')}
          </button>
        </div>
      </header>
      <section className="card">
        {items.error && <ErrorMessage error={items.error} onRetry={items.reload} />}
        {!items.data && items.loading && <Loading />}
        {items.data?.items.length === 0 && (
          <Empty title={t(status === 'open' ? 'actionItems.emptyOpen' : 'actionItems.emptyDone')}>
            {status === 'open' && t('actionItems.emptyHint')}
          </Empty>
        )}
        {items.data && items.data.items.length > 0 && (
          <ActionItemList items={items.data.items} showCustomer onChanged={items.reload} />
        )}
      </section>
    </>
  );
}
