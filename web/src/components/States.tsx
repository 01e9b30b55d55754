import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';

/** Loading, empty and error states, so every screen says in words what is going on. */

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children && <div className="state__hint">{children}</div>}
    </div>
  );
}

export function useErrorText() {
  const { t } = useTranslation();
  return (error: Error) => {
    if (error instanceof ApiError) return t(`errors.${error.code}`, { defaultValue: error.message });
    return error.message || t('errors.generic');
  };
}

export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <div className="state state--error" role="alert">
      <span>{errorText(error)}</span>
      {onRetry && (
        <button type="button" className="button button--ghost" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
