import { useEffect, useRef } from 'react';
import { apiBase } from '../api/client.js';
import type { LiveEvent, LiveEventName } from '../api/types.js';

const eventNames: LiveEventName[] = ['reply', 'analysis', 'email', 'status'];
const listeners = new Set<(event: LiveEvent) => void>();
let source: EventSource | null = null;

function open(): EventSource {
  const next = new EventSource(`${apiBase}/events`, { withCredentials: true });
  for (const name of eventNames) {
    next.addEventListener(name, (message) => {
      const data = JSON.parse((message as MessageEvent<string>).data) as { customerId: string; id: string };
      for (const listener of listeners) listener({ name, customerId: data.customerId, id: data.id });
    });
  }
  return next;
}

/** One shared EventSource for the tab, open while any screen listens; the browser reconnects by itself. */
export function useLiveEvents(onEvent: (event: LiveEvent) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    const listener = (event: LiveEvent) => handler.current(event);
    listeners.add(listener);
    source ??= open();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        source?.close();
        source = null;
      }
    };
  }, []);
}
