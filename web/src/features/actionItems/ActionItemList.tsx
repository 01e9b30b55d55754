import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setActionItemDone } from '../../api/endpoints.js';
import type { ActionItem } from '../../api/types.js';
import { ErrorMessage } from '../../components/States.js';
import { formatRelative } from '../../format/time.js';
import { useAction } from '../../hooks/useAction.js';
import { Link } from '../../router.js';

/** Action items with a checkbox each; checking one marks it done on the server, then the list reloads. */
export function ActionItemList(props: { items: ActionItem[]; showCustomer: boolean; onChanged: () => void }) {
  const { items, showCustomer, onChanged } = props;
  const { t, i18n } = useTranslation();
  const action = useAction(setActionItemDone);
  // The box flips at once; the list reloads when the server has agreed, or flips back if it has not.
  const [flipped, setFlipped] = useState<Record<string, boolean>>({});
  const isDone = (item: ActionItem) => flipped[item.id] ?? item.doneAt !== null;

  const toggle = async (item: ActionItem) => {
    const done = !isDone(item);
    setFlipped((current) => ({ ...current, [item.id]: done }));
    const updated = await action.run(item.id, done);
    if (updated) onChanged();
    else setFlipped(({ [item.id]: _, ...rest }) => rest);
  };

  return (
    <>
      {action.error && <ErrorMessage error={action.error} />}
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.id} className={isDone(item) ? 'checklist__item checklist__item--done' : 'checklist__item'}>
            <label className="checklist__label">
              <input
                type="checkbox"
                checked={isDone(item)}
                onChange={() => void toggle(item)}
              />
              <span>{item.text}</span>
            </label>
            <span className="checklist__meta">
              {showCustomer && (
                <Link to={`/customers/${encodeURIComponent(item.customerId)}`}>
                  {item.customerName || t('common.customer')}
                </Link>
              )}
              <time dateTime={item.createdAt}>{formatRelative(item.createdAt, i18n.language)}</time>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
