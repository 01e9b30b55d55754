import { useTranslation } from 'react-i18next';
import type { ResponseType } from '../api/types.js';

/** The response type as a coloured badge; `null` means the analysis has not arrived yet. */
export function ResponseTypeBadge({ type }: { type: ResponseType | null }) {
  const { t } = useTranslation();
  const key = type ?? 'pending';
  return <span className={`badge badge--${key}`}>{t(`responseType.${key}`)}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status status--${status}`}>{t(`status.${status}`)}</span>;
}
