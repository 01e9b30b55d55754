import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createCustomer } from '../../api/endpoints.js';
import type { Customer } from '../../api/types.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorMessage } from '../../components/States.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { useAction } from '../../hooks/useAction.js';
import { Field } from '../../components/Field.js';

export function AddCustomerDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (c: Customer) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const action = useAction(createCustomer);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await action.run({ email, name: name || undefined, company: company || undefined });
    if (created) onCreated(created);
  };

  return (
    <Dialog title={t('addCustomer.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <Field label={t('addCustomer.email')}>
          <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </Field>
        <Field label={t('addCustomer.name')}>
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        <Field label={t('addCustomer.company')}>
          <input value={company} onChange={(event) => setCompany(event.target.value)} />
        </Field>
        {action.error && <ErrorMessage error={action.error} />}
        <div className="form__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <SubmitButton busy={action.busy} busyLabel={t('common.saving')}>
            {t('addCustomer.submit')}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
