import { useTranslation } from 'react-i18next';
import { updateCustomer } from '../../api/endpoints.js';
import { type Customer, type CustomerStatus, customerStatuses } from '../../api/types.js';
import { ErrorMessage } from '../../components/States.js';
import { useAction } from '../../hooks/useAction.js';
import { Field } from '../../components/Field.js';

/** Changing the status saves at once; the server writes the change to the timeline. */
export function StatusSelect({ customer, onChanged }: { customer: Customer; onChanged: (c: Customer) => void }) {
  const { t } = useTranslation();
  const action = useAction(updateCustomer);

  const change = async (status: CustomerStatus) => {
    const updated = await action.run(customer.id, { status });
    if (updated) onChanged(updated);
  };

  return (
    <div className="status-select">
      <Field label={t('customer.status')} inline>
        <select
          className={`status-select__input status--${customer.status}`}
          value={customer.status}
          disabled={action.busy}
          onChange={(event) => void change(event.target.value as CustomerStatus)}
        >
          {customerStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </Field>
      {action.error && <ErrorMessage error={action.error} />}
    </div>
  );
}
