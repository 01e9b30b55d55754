import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replyAsCustomer } from '../../api/endpoints.js';
import type { OutboxItem } from '../../api/types.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorMessage } from '../../components/States.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { useAction } from '../../hooks/useAction.js';
import { Field } from '../../components/Field.js';

/** Answers a sent email as its recipient would; the server posts it through the real inbound webhook. */
export function ReplyAsCustomerDialog(props: { item: OutboxItem; onClose: () => void; onSent: () => void }) {
  const { item, onClose, onSent } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [accepted, setAccepted] = useState(false);
  const action = useAction(replyAsCustomer);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(item.id, text);
    if (!result) return;
    setAccepted(true);
    onSent();
  };

  return (
    <Dialog title={t('outbox.replyAsCustomer')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p className="muted">{t('outbox.replyHelp', { to: item.to, subject: item.subject })}</p>
        <Field label={t('outbox.replyText')}>
          <textarea rows={6} required value={text} onChange={(event) => setText(event.target.value)} />
        </Field>
        {action.error && <ErrorMessage error={action.error} />}
        {accepted && (
          <p className="notice" role="status">
            {t('outbox.accepted')}
          </p>
        )}
        <div className="form__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.close')}
          </button>
          <SubmitButton busy={action.busy} busyLabel={t('common.working')}>
            {t('outbox.send')}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
