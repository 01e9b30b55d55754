import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn, signUp } from '../api/endpoints.js';
import { LanguageSwitcher } from '../components/LanguageSwitcher.js';
import { ErrorMessage } from '../components/States.js';
import { SubmitButton } from '../components/SubmitButton.js';
import { useAction } from '../hooks/useAction.js';
import { Link } from '../router.js';
import { Field } from '../components/Field.js';

type Mode = 'signin' | 'signup';

export function SignInScreen({ mode, onSignedIn }: { mode: Mode; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [accountName, setAccountName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction(async () => {
    if (mode === 'signup') await signUp({ accountName, email, password });
    else await signIn({ email, password });
    onSignedIn();
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run();
  };

  return (
    <main className="auth">
      <section className="auth__card" aria-labelledby="auth-title">
        <p className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">↩</span>
          Replytrack
        </p>
        <h1 id="auth-title">{t(mode === 'signup' ? 'auth.signUpTitle' : 'auth.signInTitle')}</h1>
        <p className="muted">{t('auth.tagline')}</p>
        <form className="form" onSubmit={submit}>
          {mode === 'signup' && (
            <Field label={t('auth.accountName')}>
              <input required value={accountName} onChange={(event) => setAccountName(event.target.value)} />
            </Field>
          )}
          <Field label={t('auth.email')}>
            <input
              type="email"
              required
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </Field>
          <Field label={t('auth.password')} hint={mode === 'signup' ? t('auth.passwordHint') : undefined}>
            <input
              type="password"
              required
              minLength={mode === 'signup' ? 8 : undefined}
              autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </Field>
          {action.error && <ErrorMessage error={action.error} />}
          <SubmitButton busy={action.busy} busyLabel={t('common.working')}>
            {t(mode === 'signup' ? 'auth.signUp' : 'auth.signIn')}
          </SubmitButton>
        </form>
        <p className="auth__switch">
          {mode === 'signup' ? (
            <Link to="/signin">{t('auth.toSignIn')}</Link>
          ) : (
            <Link to="/signup">{t('auth.toSignUp')}</Link>
          )}
        </p>
        <LanguageSwitcher />
      </section>
    </main>
  );
}
