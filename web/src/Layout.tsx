import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut } from './api/endpoints.js';
import { LanguageSwitcher } from './components/LanguageSwitcher.js';
import { Link, navigate, usePath } from './router.js';
import { useSession } from './session.js';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const path = usePath();
  const links = [
    { to: '/customers', label: t('nav.customers') },
    { to: '/action-items', label: t('nav.actionItems') },
    { to: '/unrouted', label: t('nav.unrouted') },
    ...(me.mailTransport === 'outbox' ? [{ to: '/outbox', label: t('nav.outbox') }] : []),
    { to: '/settings', label: t('nav.settings') },
  ];

  const leave = async () => {
    await signOut().catch(() => undefined);
    navigate('/signin', { replace: true });
    refresh();
  };

  return (
    <div className="shell">
      <aside className="sidebar">
        <Link to="/customers" className="brand">
          <span className="brand__mark" aria-hidden="true">↩</span>
          Replytrack
        </Link>
        <nav aria-label={t('nav.main')}>
          <ul className="nav">
            {links.map((link) => (
              <li key={link.to}>
                <Link
                  to={link.to}
                  className="nav__link"
                  aria-current={path === link.to || path.startsWith(`${link.to}/`) ? 'page' : undefined}
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar__footer">
          <LanguageSwitcher />
          <p className="sidebar__account" title={me.user.email}>
            <strong>{me.account.name}</strong>
            <span>{me.user.email}</span>
          </p>
          <button type="button" className="button button--ghost button--small" onClick={leave}>
            {t('nav.signOut')}
          </button>
        </div>
      </aside>
      <main className="content">{children}</main>
    </div>
  );
}
