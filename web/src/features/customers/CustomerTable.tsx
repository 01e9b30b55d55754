import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api/types.js';
import { ResponseTypeBadge, StatusBadge } from '../../components/ResponseTypeBadge.js';
import { formatDateTime, formatRelative } from '../../format/time.js';
import { Link, navigate } from '../../router.js';
import { ScoreMeter } from '../customer/ScoreMeter.js';

const customerPath = (customer: Customer) => `/customers/${encodeURIComponent(customer.id)}`;

/** The customers list; a click anywhere on a row opens the customer, the name link does it by keyboard. */
export function CustomerTable({ customers }: { customers: Customer[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table--customers">
        <thead>
          <tr>
            <th scope="col">{t('customers.col.name')}</th>
            <th scope="col">{t('customers.col.company')}</th>
            <th scope="col">{t('customers.col.status')}</th>
            <th scope="col">{t('customers.col.lastReply')}</th>
            <th scope="col">{t('customers.col.type')}</th>
            <th scope="col">{t('customers.col.score')}</th>
            <th scope="col">{t('customers.col.followUp')}</th>
          </tr>
        </thead>
        <tbody>
          {customers.map((customer) => {
            const reply = customer.lastReply;
            return (
              <tr key={customer.id} className="table__row--link" onClick={() => navigate(customerPath(customer))}>
                <td className="cell--who">
                  <Link to={customerPath(customer)} className="row-link" onClick={(event) => event.stopPropagation()}>
                    {customer.name || customer.email}
                  </Link>
                  {customer.name && <span className="cell__sub">{customer.email}</span>}
                </td>
                <td>{customer.company || <span className="muted">—</span>}</td>
                <td>
                  <StatusBadge status={customer.status} />
                </td>
                <td>
                  {reply ? (
                    <time dateTime={reply.at} title={formatDateTime(reply.at, i18n.language)}>
                      {formatRelative(reply.at, i18n.language)}
                    </time>
                  ) : (
                    <span className="muted">{t('customers.noReply')}</span>
                  )}
                </td>
                <td>{reply && <ResponseTypeBadge type={reply.responseType} />}</td>
                <td>{reply?.opportunityScore != null && <ScoreMeter score={reply.opportunityScore} />}</td>
                <td>
                  {reply?.followUpNeeded == null ? (
                    <span className="muted">—</span>
                  ) : reply.followUpNeeded ? (
                    <span className="flag flag--on">{t('common.yes')}</span>
                  ) : (
                    <span className="flag">{t('common.no')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
