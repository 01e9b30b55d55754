/** p50/p95 in ms of GET requests made one at a time (after a warm-up), each path taken in turn from `paths`. */
export async function measureLatency(baseUrl: string, apiKey: string, paths: string[], samples: number) {
  const get = async (path: string) => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${apiKey}` } });
    const body = (await response.json()) as { items?: unknown[] };
    if (!response.ok) throw new Error(`GET ${path} → ${response.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - started, items: body.items?.length ?? 0 };
  };
  for (let i = 0; i < Math.min(10, samples); i++) await get(paths[i % paths.length]!);
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < samples; i++) {
    const result = await get(paths[i % paths.length]!);
    times.push(result.ms);
    items += result.items;
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(times.length * p))]! * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), itemsPerPage: Math.round(items / samples) };
}
