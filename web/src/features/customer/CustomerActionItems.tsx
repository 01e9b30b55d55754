import { useTranslation } from 'react-i18next';
import { Empty, ErrorMessage, Loading } from '../../components/States.js';
import { useActionItems } from '../../hooks/resources.js';
import { ActionItemList } from '../actionItems/ActionItemList.js';

/** The open action items of one customer (the API lists them per account; this tab narrows them). */
export function CustomerActionItems({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const open = useActionItems('open');
  const items = open.data?.items.filter((item) => item.customerId === customerId);

  if (open.error) return <ErrorMessage error={open.error} onRetry={open.reload} />;
  if (!items) return <Loading />;
  if (items.length === 0) return <Empty title={t('actionItems.emptyCustomer')} />;
  return <ActionItemList items={items} showCustomer={false} onChanged={open.reload} />;
}
