import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logResponse } from '../../api/endpoints.js';
import { type ReplyChannel, replyChannels } from '../../api/types.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorMessage } from '../../components/States.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { toLocalInputValue } from '../../format/time.js';
import { useAction } from '../../hooks/useAction.js';
import { Field } from '../../components/Field.js';

/** A response that came outside tracked email (a call, a meeting) saved to the timeline. */
export function LogResponseDialog(props: { customerId: string; onClose: () => void; onSaved: () => void }) {
  const { customerId, onClose, onSaved } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<ReplyChannel>('phone');
  const [occurredAt, setOccurredAt] = useState(() => toLocalInputValue(new Date()));
  const action = useAction(logResponse);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const when = occurredAt ? new Date(occurredAt).toISOString() : undefined;
    const saved = await action.run(customerId, { text, channel, occurredAt: when });
    if (saved) onSaved();
  };

  return (
    <Dialog title={t('logResponse.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <Field label={t('logResponse.content')}>
          <textarea rows={6} required value={text} onChange={(event) => setText(event.target.value)} />
        </Field>
        <div className="form__row">
          <Field label={t('logResponse.channel')}>
            <select value={channel} onChange={(event) => setChannel(event.target.value as ReplyChannel)}>
              {replyChannels.map((option) => (
                <option key={option} value={option}>
                  {t(`channel.${option}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('logResponse.date')}>
            <input
              type="datetime-local"
              value={occurredAt}
              max={toLocalInputValue(new Date())}
              onChange={(event) => setOccurredAt(event.target.value)}
            />
          </Field>
        </div>
        {action.error && <ErrorMessage error={action.error} />}
        <div className="form__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <SubmitButton busy={action.busy} busyLabel={t('common.saving')}>
            {t('logResponse.save')}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
