import { useEffect } from 'react';
import { ApiError } from './api/client.js';
import { getMe } from './api/endpoints.js';
import { ErrorMessage, Loading } from './components/States.js';
import { useLoad } from './hooks/useLoad.js';
import { Layout } from './Layout.js';
import { navigate, usePath } from './router.js';
import { Routes } from './Routes.js';
import { SignInScreen } from './screens/SignInScreen.js';
import { SessionProvider } from './session.js';

const publicPaths = ['/signin', '/signup'];

/** Asks the server who is signed in, then shows either the sign-in screens or the app. */
export function App() {
  const path = usePath();
  const me = useLoad(getMe, 'me');
  const signedOut = me.error instanceof ApiError && me.error.status === 401;
  const user = signedOut ? undefined : me.data;

  useEffect(() => {
    if (signedOut && !publicPaths.includes(path)) navigate('/signin', { replace: true });
    else if (user && (publicPaths.includes(path) || path === '/')) navigate('/customers', { replace: true });
  }, [signedOut, user, path]);

  if (signedOut) {
    return <SignInScreen mode={path === '/signup' ? 'signup' : 'signin'} onSignedIn={me.reload} />;
  }
  if (user) {
    return (
      <SessionProvider value={{ me: user, refresh: me.reload }}>
        <Layout>
          <Routes path={path} />
        </Layout>
      </SessionProvider>
    );
  }
  if (me.error) {
    return (
      <main className="centered">
        <ErrorMessage error={me.error} onRetry={me.reload} />
      </main>
    );
  }
  return (
    <main className="centered">
      <Loading />
    </main>
  );
}
