import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../components/States.js';
import { OutreachForm } from '../features/settings/OutreachForm.js';
import { useOutreachSettings } from '../hooks/resources.js';

export function SettingsScreen() {
  const { t } = useTranslation();
  const outreach = useOutreachSettings();
  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('settings.title')}</h1>
        </div>
      </header>
      <section className="card card--padded" aria-labelledby="outreach-title">
        <h2 id="outreach-title">{t('settings.outreachTitle')}</h2>
        <p className="muted">{t('settings.outreachIntro')}</p>
        {outreach.error && !outreach.data && <ErrorMessage error={outreach.error} onRetry={outreach.reload} />}
        {!outreach.data && outreach.loading && <Loading />}
        {outreach.data && <OutreachForm settings={outreach.data} />}
      </section>
    </>
  );
}
