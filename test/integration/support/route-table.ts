import type { FastifyInstance, HTTPMethods } from 'fastify';

export interface RouteEntry {
  method: HTTPMethods;
  url: string;
}

/**
 * Every route of a built app, read from `printRoutes({ commonPrefix: false })`: each line is one path segment,
 * indented four columns per level, with its methods in parentheses. Each entry is checked with `hasRoute`, so a
 * change in the printed format fails here rather than silently skipping routes.
 */
export function routeTable(app: FastifyInstance): RouteEntry[] {
  const prefixes: string[] = [];
  const routes: RouteEntry[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^(.*?)(?:└── |├── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const url = (depth === 0 ? '' : prefixes[depth - 1]!) + match[2]!;
    prefixes[depth] = url;
    for (const method of match[3]?.split(', ') ?? []) routes.push({ method: method as HTTPMethods, url });
  }
  // hasRoute does not find wildcard routes (`/api/docs/*`, Swagger UI's static files); every other one is checked.
  for (const route of routes.filter((r) => !r.url.endsWith('*'))) {
    if (!app.hasRoute(route)) throw new Error(`route table misread: ${route.method} ${route.url} is not a route`);
  }
  return routes;
}
