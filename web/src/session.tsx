import { createContext, type ReactNode, useContext } from 'react';
import type { Me } from './api/types.js';

interface Session {
  me: Me;
  /** Ask the server again who is signed in (after sign-in or sign-out). */
  refresh: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ value, children }: { value: Session; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}
