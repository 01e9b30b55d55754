import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendEmail } from '../../api/endpoints.js';
import { ErrorMessage } from '../../components/States.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { useAction } from '../../hooks/useAction.js';
import { Field } from '../../components/Field.js';

/** Writes a plain-text email to the customer; the server gives it a unique reply address. */
export function SendEmailComposer(props: { customerId: string; to: string; onSent: () => void; onCancel: () => void }) {
  const { customerId, to, onSent, onCancel } = props;
  const { t } = useTranslation();
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const action = useAction(sendEmail);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await action.run(customerId, { subject, text });
    if (!sent) return;
    setSubject('');
    setText('');
    onSent();
  };

  return (
    <form className="composer card" onSubmit={submit} aria-label={t('composer.title')}>
      <h2 className="composer__title">{t('composer.title')}</h2>
      <p className="muted">{t('composer.to', { to })}</p>
      <Field label={t('composer.subject')}>
        <input required value={subject} onChange={(event) => setSubject(event.target.value)} />
      </Field>
      <Field label={t('composer.body')}>
        <textarea rows={7} required value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
      {action.error && <ErrorMessage error={action.error} />}
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <SubmitButton busy={action.busy} busyLabel={t('composer.sending')}>
          {t('composer.send')}
        </SubmitButton>
      </div>
    </form>
  );
}
