import { useTranslation } from 'react-i18next';
import type { NeedsYouItem } from '../../api/types.js';
import { ResponseTypeBadge } from '../../components/ResponseTypeBadge.js';
import { ErrorMessage } from '../../components/States.js';
import { formatRelative } from '../../format/time.js';
import type { Loaded } from '../../hooks/useLoad.js';
import { Link } from '../../router.js';

/** "Answer in 5 hours", or "Overdue since 2 hours ago" once the 24-hour answer window has passed. */
function DueLabel({ dueAt, overdue }: { dueAt: string; overdue: boolean }) {
  const { t, i18n } = useTranslation();
  const when = formatRelative(dueAt, i18n.language);
  const passed = Date.parse(dueAt) <= Date.now();
  return (
    <span className={overdue ? 'due due--overdue' : 'due'}>
      {passed ? t('needsYou.overdue', { when }) : t('needsYou.dueIn', { when })}
    </span>
  );
}

/** High Value replies waiting for an answer and Needs Attention replies, oldest first, as the server orders them. */
export function NeedsYouStrip({ needsYou }: { needsYou: Loaded<{ items: NeedsYouItem[] }> }) {
  const { t, i18n } = useTranslation();
  const items = needsYou.data?.items;

  return (
    <section className="needs-you" aria-labelledby="needs-you-title">
      <header className="needs-you__header">
        <h2 id="needs-you-title">{t('needsYou.title')}</h2>
        {items && <span className="count">{items.length}</span>}
      </header>
      {needsYou.error && <ErrorMessage error={needsYou.error} onRetry={needsYou.reload} />}
      {items?.length === 0 && <p className="needs-you__empty">{t('needsYou.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="needs-you__list">
          {items.map((item) => (
            <li key={item.replyId}>
              <Link to={`/customers/${encodeURIComponent(item.customerId)}`} className="needs-card">
                <span className="needs-card__top">
                  <ResponseTypeBadge type={item.responseType} />
                  {item.dueAt && <DueLabel dueAt={item.dueAt} overdue={item.overdue} />}
                </span>
                <strong className="needs-card__name">{item.customerName || item.customerEmail}</strong>
                <span className="needs-card__preview">{item.preview}</span>
                <span className="needs-card__time">{formatRelative(item.at, i18n.language)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
