import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from './components/States.js';
import { matchPath } from './route-match.js';
import { Link } from './router.js';
import { ActionItemsScreen } from './screens/ActionItemsScreen.js';
import { CustomerScreen } from './screens/CustomerScreen.js';
import { CustomersScreen } from './screens/CustomersScreen.js';
import { OutboxScreen } from './screens/OutboxScreen.js';
import { SettingsScreen } from './screens/SettingsScreen.js';
import { UnroutedScreen } from './screens/UnroutedScreen.js';

const routes: [string, (params: Record<string, string>) => ReactNode][] = [
  ['/customers', () => <CustomersScreen />],
  ['/customers/:id', ({ id }) => <CustomerScreen key={id} id={id!} />],
  ['/action-items', () => <ActionItemsScreen />],
  ['/unrouted', () => <UnroutedScreen />],
  ['/outbox', () => <OutboxScreen />],
  ['/settings', () => <SettingsScreen />],
];

export function Routes({ path }: { path: string }) {
  const { t } = useTranslation();
  for (const [pattern, render] of routes) {
    const params = matchPath(pattern, path);
    if (params) return render(params);
  }
  return (
    <Empty title={t('common.notFound')}>
      <Link to="/customers">{t('nav.customers')}</Link>
    </Empty>
  );
}
