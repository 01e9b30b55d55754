import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveOutreachSettings } from '../../api/endpoints.js';
import type { OutreachSettings } from '../../api/types.js';
import { ErrorMessage } from '../../components/States.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { Field } from '../../components/Field.js';
import { useAction } from '../../hooks/useAction.js';
import { CopyField } from './CopyField.js';

// The same loose shape the browser's type=email checks; the server has the final word.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function OutreachForm({ settings }: { settings: OutreachSettings }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(settings);
  const [replyEmail, setReplyEmail] = useState(settings.replyEmail ?? '');
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);
  const action = useAction(saveOutreachSettings);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const value = replyEmail.trim();
    if (value && !emailShape.test(value)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const updated = await action.run(value || null);
    if (!updated) return;
    setCurrent(updated);
    setReplyEmail(updated.replyEmail ?? '');
    setSaved(true);
  };

  return (
    <>
      <form className="form form--narrow" onSubmit={submit} noValidate>
        <Field
          label={t('settings.replyEmail')}
          hintIsError={invalid}
          hint={invalid ? t('errors.invalid_email') : t('settings.replyEmailHint', { email: current.accountEmail })}
        >
          <input
            type="email"
            value={replyEmail}
            placeholder={current.accountEmail}
            aria-invalid={invalid}
            onChange={(event) => setReplyEmail(event.target.value)}
          />
        </Field>
        {action.error && <ErrorMessage error={action.error} />}
        <div className="form__actions form__actions--start">
          <SubmitButton busy={action.busy} busyLabel={t('common.saving')}>
            {t('common.save')}
          </SubmitButton>
          {saved && (
            <span className="saved" role="status">
              {t('settings.saved', { email: current.replyEmail ?? current.accountEmail })}
            </span>
          )}
        </div>
      </form>
      <div className="settings-facts">
        <CopyField label={t('settings.inboundDomain')} value={current.inboundDomain} />
        <CopyField label={t('settings.webhookUrl')} value={current.webhookUrl} hint={t('settings.webhookHint')} />
      </div>
    </>
  );
}
