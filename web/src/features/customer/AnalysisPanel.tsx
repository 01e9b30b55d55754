import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../api/types.js';
import { ResponseTypeBadge } from '../../components/ResponseTypeBadge.js';
import { ScoreMeter } from './ScoreMeter.js';

function ListBlock({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="analysis__block">
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

const flagNames = ['auto_reply', 'unsubscribe', 'meeting_request', 'referral'] as const;

/** Everything the analyzer said about one reply: the headline facts first, then the lists. */
export function AnalysisPanel({ analysis }: { analysis: Analysis }) {
  const { t, i18n } = useTranslation();
  const volume = analysis.monthly_volume;
  const flags = flagNames.filter((flag) => analysis.flags[flag]);
  const numberFormat = new Intl.NumberFormat(i18n.language);

  return (
    <section className="analysis" aria-label={t('analysis.title')}>
      <dl className="analysis__facts">
        <div>
          <dt>{t('analysis.type')}</dt>
          <dd>
            <ResponseTypeBadge type={analysis.response_type} />
          </dd>
        </div>
        <div>
          <dt>{t('analysis.sentiment')}</dt>
          <dd className={`sentiment sentiment--${analysis.sentiment}`}>
            {t(`sentiment.${analysis.sentiment}`, { defaultValue: analysis.sentiment })}
          </dd>
        </div>
        <div>
          <dt>{t('analysis.score')}</dt>
          <dd>
            <ScoreMeter score={analysis.opportunity_score} />
          </dd>
        </div>
        <div>
          <dt>{t('analysis.followUp')}</dt>
          <dd>{analysis.follow_up_needed ? t('common.yes') : t('common.no')}</dd>
        </div>
        <div>
          <dt>{t('analysis.interest')}</dt>
          <dd>{t(`interest.${analysis.product_interest}`, { defaultValue: analysis.product_interest })}</dd>
        </div>
        {volume && (
          <div>
            <dt>{t('analysis.volume')}</dt>
            <dd>
              {t('analysis.volumeValue', {
                amount: numberFormat.format(volume.amount),
                unit: volume.unit,
                period: t(`period.${volume.period}`, { defaultValue: volume.period }),
              })}
            </dd>
          </div>
        )}
      </dl>
      <ListBlock title={t('analysis.insights')} items={analysis.key_insights} />
      <ListBlock title={t('analysis.actionItems')} items={analysis.action_items} />
      <ListBlock title={t('analysis.painPoints')} items={analysis.pain_points} />
      {analysis.product_usage && (
        <div className="analysis__block">
          <h4>{t('analysis.usage')}</h4>
          <p>{analysis.product_usage}</p>
        </div>
      )}
      {flags.length > 0 && (
        <p className="chips">
          {flags.map((flag) => (
            <span key={flag} className="chip">
              {t(`analysis.flag.${flag}`)}
            </span>
          ))}
        </p>
      )}
      <p className="analysis__source">
        {t('analysis.producedBy', {
          analyzer: analysis.producedBy.model ?? analysis.producedBy.analyzer,
          ms: analysis.producedBy.latencyMs,
        })}
        {analysis.producedBy.fallbackReason && ` · ${t('analysis.fallback')}`}
      </p>
    </section>
  );
}
