import { useTranslation } from 'react-i18next';

/** The 1–5 opportunity score as five pips plus the number, read out as "4 of 5". */
export function ScoreMeter({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <span className="score" role="img" aria-label={t('analysis.scoreOf', { score })}>
      {[1, 2, 3, 4, 5].map((pip) => (
        <span key={pip} className={pip <= score ? 'score__pip score__pip--on' : 'score__pip'} aria-hidden="true" />
      ))}
      <span className="score__number" aria-hidden="true">
        {score}
      </span>
    </span>
  );
}
