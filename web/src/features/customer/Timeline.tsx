import { useTranslation } from 'react-i18next';
import type { EmailSentItem, StatusChangeItem, TimelineItem } from '../../api/types.js';
import { formatDateTime, formatRelative } from '../../format/time.js';
import { TimelineReply } from './TimelineReply.js';

function EmailSent({ email }: { email: EmailSentItem }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="event__title">{email.subject}</h3>
      <p className="event__meta">
        {t('timeline.emailSent')}
        {email.status !== 'sent' && (
          <span className={`chip ${email.status === 'failed' ? 'chip--danger' : ''}`}>
            {t(`timeline.emailStatus.${email.status}`)}
          </span>
        )}
      </p>
      {email.error && <p className="event__error">{email.error}</p>}
      <p className="event__preview">{email.preview}</p>
    </>
  );
}

function StatusChange({ change }: { change: StatusChangeItem }) {
  const { t } = useTranslation();
  const to = t(`status.${change.to}`);
  return (
    <p className="event__title event__title--small">
      {change.from ? t('timeline.statusChanged', { from: t(`status.${change.from}`), to }) : t('timeline.statusSet', { to })}
    </p>
  );
}

const icons: Record<TimelineItem['type'], string> = { email_sent: '↗', reply: '↩', status_change: '●' };

/** Emails, replies and status changes, newest first. */
export function Timeline({ items }: { items: TimelineItem[] }) {
  const { i18n } = useTranslation();
  return (
    <ol className="timeline">
      {items.map((item) => (
        <li key={`${item.type}-${item.id}`} className={`event event--${item.type}`}>
          <span className="event__icon" aria-hidden="true">
            {icons[item.type]}
          </span>
          <div className="event__card">
            <time className="event__time" dateTime={item.at} title={formatDateTime(item.at, i18n.language)}>
              {formatRelative(item.at, i18n.language)}
            </time>
            {item.type === 'email_sent' && <EmailSent email={item} />}
            {item.type === 'reply' && <TimelineReply reply={item} />}
            {item.type === 'status_change' && <StatusChange change={item} />}
          </div>
        </li>
      ))}
    </ol>
  );
}
