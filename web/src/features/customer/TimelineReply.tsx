import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyItem, SenderAuth } from '../../api/types.js';
import { AnalysisPanel } from './AnalysisPanel.js';
import { ReplyHtmlFrame } from './ReplyHtmlFrame.js';

function ReplyBody({ reply }: { reply: ReplyItem }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'html' | 'text'>(reply.html ? 'html' : 'text');
  return (
    <div className="reply__body">
      {reply.html && (
        <div className="segmented" role="group" aria-label={t('timeline.view')}>
          <button type="button" aria-pressed={view === 'html'} onClick={() => setView('html')}>
            {t('timeline.formatted')}
          </button>
          <button type="button" aria-pressed={view === 'text'} onClick={() => setView('text')}>
            {t('timeline.plain')}
          </button>
        </div>
      )}
      {view === 'html' && reply.html ? (
        <ReplyHtmlFrame html={reply.html} text={reply.text} title={reply.subject ?? ''} />
      ) : (
        <p className="reply__text">{reply.text || reply.newText}</p>
      )}
    </div>
  );
}

function ReplyMeta({ reply }: { reply: ReplyItem }) {
  const { t } = useTranslation();
  const sender = reply.fromName ? `${reply.fromName} <${reply.from}>` : reply.from;
  return (
    <p className="event__meta">
      {reply.source === 'manual'
        ? t('timeline.loggedVia', { channel: t(`channel.${reply.channel ?? 'other'}`) })
        : t('timeline.replyFrom', { sender })}
      {reply.kind !== 'human' && <span className="chip chip--warn">{t(`timeline.kind.${reply.kind}`)}</span>}
      {reply.senderMismatch && <span className="chip chip--warn">{t('timeline.senderMismatch')}</span>}
      {(reply.matchedBy === 'header' || reply.matchedBy === 'sender') && (
        <span className={reply.matchedBy === 'sender' ? 'chip chip--warn' : 'chip chip--info'}>{t(`timeline.matchedBy.${reply.matchedBy}`)}</span>
      )}
    </p>
  );
}

const AUTH_CHECKS = ['spf', 'dkim', 'dmarc', 'arc'] as const;

/** SPF, DKIM, DMARC and ARC results in one line; a DMARC failure stands out. */
function SenderAuthLine({ auth }: { auth: SenderAuth }) {
  const { t } = useTranslation();
  const checks = AUTH_CHECKS.filter((check) => auth[check] !== null).map((check) => `${check.toUpperCase()} ${auth[check]}`);
  return (
    <p className="event__meta" aria-label={t('timeline.auth.label')}>
      {t('timeline.auth.label')}: {checks.length > 0 ? checks.join(' · ') : t('timeline.auth.none')}
      {auth.evaluatedBy === 'provider' && ` (${t('timeline.auth.byProvider')})`}
      {auth.spoofSuspected && <span className="chip chip--danger">{t('timeline.auth.spoofSuspected')}</span>}
    </p>
  );
}

/** A customer's reply: who and how, the full content, and the analysis (or a note that it is on its way). */
export function TimelineReply({ reply }: { reply: ReplyItem }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="event__title">
        {reply.subject || t(reply.source === 'manual' ? 'timeline.loggedTitle' : 'timeline.reply')}
      </h3>
      <ReplyMeta reply={reply} />
      {reply.auth && reply.auth.evaluatedBy !== 'unavailable' && <SenderAuthLine auth={reply.auth} />}
      <ReplyBody reply={reply} />
      {reply.attachments.length > 0 && (
        <p className="chips" aria-label={t('timeline.attachments')}>
          {reply.attachments.map((file) => (
            <span key={file.filename} className="chip">
              📎 {file.filename}
            </span>
          ))}
        </p>
      )}
      {reply.analysis ? (
        <AnalysisPanel analysis={reply.analysis} />
      ) : (
        reply.kind === 'human' && (
          <p className="analysis analysis--pending" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('timeline.analyzing')}
          </p>
        )
      )}
    </>
  );
}
