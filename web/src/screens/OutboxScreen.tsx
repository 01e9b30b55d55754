import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../api/types.js';
import { Empty, ErrorMessage, Loading } from '../components/States.js';
import { ReplyAsCustomerDialog } from '../features/outbox/ReplyAsCustomerDialog.js';
import { formatDateTime } from '../format/time.js';
import { useLiveEvents } from '../hooks/liveEvents.js';
import { useOutbox } from '../hooks/resources.js';

function OutboxMessage({ item, onReply }: { item: OutboxItem; onReply: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="mail">
      <div className="mail__head">
        <span className={`chip ${item.kind === 'forward' ? 'chip--info' : ''}`}>{t(`outbox.kind.${item.kind}`)}</span>
        <strong className="mail__subject">{item.subject}</strong>
        <time dateTime={item.createdAt} className="muted small">
          {formatDateTime(item.createdAt, i18n.language)}
        </time>
      </div>
      <p className="mail__addresses small">
        {t('outbox.fromTo', { from: item.from, to: item.to })}
        {item.replyTo && (
          <>
            <br />
            {t('outbox.replyTo')} <code>{item.replyTo}</code>
          </>
        )}
      </p>
      <p className="mail__text">{item.text}</p>
      {item.kind === 'email' && (
        <button type="button" className="button button--ghost button--small" onClick={onReply}>
          {t('outbox.replyAsCustomer')}
        </button>
      )}
    </li>
  );
}

/** Mail the built-in outbox kept instead of sending, and a way to play the customer answering it. */
export function OutboxScreen() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const [replyingTo, setReplyingTo] = useState<OutboxItem | null>(null);
  useLiveEvents(() => outbox.reload());
  const items = outbox.data?.items;

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('outbox.title')}</h1>
          <p className="muted">{t('outbox.subtitle')}</p>
        </div>
        <button type="button" className="button button--ghost" onClick={outbox.reload}>
          {t('common.refresh')}
        </button>
      </header>
      <section className="card">
        {outbox.error && <ErrorMessage error={outbox.error} onRetry={outbox.reload} />}
        {!items && outbox.loading && <Loading />}
        {items?.length === 0 && <Empty title={t('outbox.empty')}>{t('outbox.emptyHint')}</Empty>}
        {items && items.length > 0 && (
          <ul className="mail-list">
            {items.map((item) => (
              <OutboxMessage key={item.id} item={item} onReply={() => setReplyingTo(item)} />
            ))}
          </ul>
        )}
      </section>
      {replyingTo && (
        <ReplyAsCustomerDialog item={replyingTo} onClose={() => setReplyingTo(null)} onSent={outbox.reload} />
      )}
    </>
  );
}
