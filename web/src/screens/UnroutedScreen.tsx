import { useTranslation } from 'react-i18next';
import { Empty, ErrorMessage, Loading } from '../components/States.js';
import { formatDateTime } from '../format/time.js';
import { useUnrouted } from '../hooks/resources.js';

/** Inbound mail that matched no conversation, with the reason the server gave. */
export function UnroutedScreen() {
  const { t, i18n } = useTranslation();
  const unrouted = useUnrouted();
  const items = unrouted.data?.items;

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('unrouted.title')}</h1>
          <p className="muted">{t('unrouted.subtitle')}</p>
        </div>
        <button type="button" className="button button--ghost" onClick={unrouted.reload}>
          {t('common.refresh')}
        </button>
      </header>
      <section className="card">
        {unrouted.error && <ErrorMessage error={unrouted.error} onRetry={unrouted.reload} />}
        {!items && unrouted.loading && <Loading />}
        {items?.length === 0 && <Empty title={t('unrouted.empty')}>{t('unrouted.emptyHint')}</Empty>}
        {items && items.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('unrouted.col.received')}</th>
                  <th scope="col">{t('unrouted.col.from')}</th>
                  <th scope="col">{t('unrouted.col.to')}</th>
                  <th scope="col">{t('unrouted.col.subject')}</th>
                  <th scope="col">{t('unrouted.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <td className="nowrap">{formatDateTime(item.receivedAt, i18n.language)}</td>
                    <td className="cell--email">{item.from}</td>
                    <td className="cell--email">{item.to}</td>
                    <td>{item.subject || <span className="muted">{t('unrouted.noSubject')}</span>}</td>
                    <td>
                      <span className="chip chip--warn">
                        {item.reason ? t(`unrouted.reason.${item.reason}`, { defaultValue: item.reason }) : '—'}
                      </span>
                      <span className="muted small"> · {item.provider}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
