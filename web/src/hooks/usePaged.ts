import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../api/types.js';

/** A cursor-paged list: the first page loads on `key`, `more()` appends, `reload()` starts over. */
export function usePaged<T>(loadPage: (cursor: string | null) => Promise<Page<T>>, key: string) {
  const [items, setItems] = useState<T[] | undefined>();
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<Error | undefined>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(loadPage);
  loadRef.current = loadPage;
  const requestId = useRef(0);

  const fetchPage = useCallback((cursor: string | null, append: boolean) => {
    const id = ++requestId.current;
    setLoading(true);
    loadRef.current(cursor).then(
      (page) => {
        if (id !== requestId.current) return;
        setItems((previous) => (append && previous ? [...previous, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
        setError(undefined);
        setLoading(false);
      },
      (failure: Error) => {
        if (id !== requestId.current) return;
        setError(failure);
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => fetchPage(null, false), [key, generation, fetchPage]);

  const more = useCallback(() => nextCursor && fetchPage(nextCursor, true), [nextCursor, fetchPage]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { items, nextCursor, error, loading, more, reload };
}
