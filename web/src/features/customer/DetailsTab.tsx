import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateCustomer } from '../../api/endpoints.js';
import type { Customer } from '../../api/types.js';
import { ErrorMessage } from '../../components/States.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { formatDateTime } from '../../format/time.js';
import { useAction } from '../../hooks/useAction.js';
import { Field } from '../../components/Field.js';

export function DetailsTab({ customer, onSaved }: { customer: Customer; onSaved: (c: Customer) => void }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState(customer.name ?? '');
  const [company, setCompany] = useState(customer.company ?? '');
  const [saved, setSaved] = useState(false);
  const action = useAction(updateCustomer);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const updated = await action.run(customer.id, { name, company });
    if (!updated) return;
    setSaved(true);
    onSaved(updated);
  };

  return (
    <div className="details">
      <form className="form form--narrow" onSubmit={submit}>
        <Field label={t('addCustomer.name')}>
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        <Field label={t('addCustomer.company')}>
          <input value={company} onChange={(event) => setCompany(event.target.value)} />
        </Field>
        {action.error && <ErrorMessage error={action.error} />}
        <div className="form__actions form__actions--start">
          <SubmitButton busy={action.busy} busyLabel={t('common.saving')}>
            {t('common.save')}
          </SubmitButton>
          {saved && (
            <span className="saved" role="status">
              {t('common.saved')}
            </span>
          )}
        </div>
      </form>
      <dl className="facts">
        <div>
          <dt>{t('addCustomer.email')}</dt>
          <dd>{customer.email}</dd>
        </div>
        <div>
          <dt>{t('customer.createdAt')}</dt>
          <dd>{formatDateTime(customer.createdAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('customer.updatedAt')}</dt>
          <dd>{formatDateTime(customer.updatedAt, i18n.language)}</dd>
        </div>
      </dl>
    </div>
  );
}
