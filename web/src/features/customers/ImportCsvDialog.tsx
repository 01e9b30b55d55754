import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importCustomers } from '../../api/endpoints.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorMessage } from '../../components/States.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { useAction } from '../../hooks/useAction.js';
import { Field } from '../../components/Field.js';

/** CSV import: pick a file or paste rows; the server reports per-line errors, shown here as it sends them. */
export function ImportCsvDialog({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const action = useAction(importCustomers);
  const [result, setResult] = useState<Awaited<ReturnType<typeof importCustomers>>>();

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const imported = await action.run(csv);
    if (!imported) return;
    setResult(imported);
    onImported();
  };

  return (
    <Dialog title={t('importCsv.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p className="muted">{t('importCsv.help')}</p>
        <Field label={t('importCsv.file')}>
          <input type="file" accept=".csv,text/csv" onChange={pickFile} />
        </Field>
        <Field label={t('importCsv.paste')}>
          <textarea
            rows={6}
            className="mono"
            required
            value={csv}
            placeholder={'email,name,company\nana@example.com,Ana Pérez,Acme'}
            onChange={(event) => setCsv(event.target.value)}
          />
        </Field>
        {action.error && <ErrorMessage error={action.error} />}
        {result && (
          <div className="notice" role="status">
            <p>{t('importCsv.result', { created: result.created, updated: result.updated })}</p>
            {result.errors.length > 0 && (
              <ul className="notice__errors">
                {result.errors.map((error) => (
                  <li key={`${error.line}-${error.message}`}>{t('importCsv.lineError', error)}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="form__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.close')}
          </button>
          <SubmitButton busy={action.busy} busyLabel={t('common.working')}>
            {t('importCsv.submit')}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
