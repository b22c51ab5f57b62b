// expect: none
// Each lookup is parenthesised and awaited before ?? picks a fallback or the value is nested in the manifest, so JSON.stringify serialises real guides and counts rather than empty {} promises.
import http from 'node:http';

export interface Guide {
  id: string;
  name: string;
  phone: string;
}

export interface Roster {
  assignedGuide(tourId: string, date: string): Promise<Guide | null>;
  onCallGuide(date: string): Promise<Guide>;
}

export interface Bookings {
  headcount(tourId: string, date: string): Promise<number>;
  accessibilityNeeds(tourId: string, date: string): Promise<string[]>;
}

export interface ManifestDeps {
  roster: Roster;
  bookings: Bookings;
}

export async function buildManifest(deps: ManifestDeps, tourId: string, date: string) {
  const guide = (await deps.roster.assignedGuide(tourId, date)) ?? (await deps.roster.onCallGuide(date));
  const [headcount, needs] = await Promise.all([
    deps.bookings.headcount(tourId, date),
    deps.bookings.accessibilityNeeds(tourId, date),
  ]);

  return {
    tourId,
    date,
    guide: { name: guide.name, phone: guide.phone },
    headcount,
    lanternsToPack: Math.ceil(headcount / 2) + 1,
    accessibility: needs.length > 0 ? needs : undefined,
  };
}

export function createManifestServer(deps: ManifestDeps): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/manifests\/([\w-]+)\/(\d{4}-\d{2}-\d{2})$/.exec(url.pathname);
    if (req.method !== 'GET' || !match) {
      res.writeHead(404).end();
      return;
    }

    buildManifest(deps, match[1], match[2]).then(
      (manifest) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(manifest));
      },
      (err: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`manifest unavailable: ${err instanceof Error ? err.message : String(err)}`);
      },
    );
  });
}
