import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only value (a domain, a URL) with a button that copies it. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    await navigator.clipboard.writeText(value);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy">
        <input id={id} className="mono" readOnly value={value} onFocus={(event) => event.target.select()} />
        <button type="button" className="button button--ghost" onClick={() => void copy().catch(() => undefined)}>
          {copied ? t('common.copied') : t('common.copy')}
        </button>
      </div>
      {hint && <small className="field__hint">{hint}</small>}
    </div>
  );
}
