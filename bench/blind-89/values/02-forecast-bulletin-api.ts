// expect: no-promise-as-value
// assessElevationBand is async but is called without await inside the object passed to JSON.stringify, so each band's "danger" is serialised as {} and the bulletin ships without ratings.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

type Band = 'above-treeline' | 'near-treeline' | 'below-treeline';

export interface DangerAssessment {
  level: 1 | 2 | 3 | 4 | 5;
  problems: string[];
  confidence: 'low' | 'moderate' | 'high';
}

declare const stabilityModel: {
  assessElevationBand(zoneId: string, band: Band, validFor: Date): Promise<DangerAssessment>;
};
declare const zones: {
  get(zoneId: string): Promise<{ zoneId: string; name: string; bands: Band[] } | null>;
};

function nextBulletinTime(now = new Date()): Date {
  // Bulletins are valid from 17:00 local until 17:00 the next day.
  const t = new Date(now);
  t.setHours(17, 0, 0, 0);
  if (t <= now) t.setDate(t.getDate() + 1);
  return t;
}

async function handleBulletin(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const match = /^\/zones\/([\w-]+)\/bulletin$/.exec(req.url ?? '');
  if (!match) {
    res.writeHead(404).end();
    return;
  }

  const zone = await zones.get(match[1]);
  if (!zone) {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'unknown zone' }));
    return;
  }

  const validFrom = nextBulletinTime();
  const body = JSON.stringify({
    zoneId: zone.zoneId,
    name: zone.name,
    validFrom: validFrom.toISOString(),
    bands: zone.bands.map((band) => ({
      band,
      danger: stabilityModel.assessElevationBand(zone.zoneId, band, validFrom),
    })),
  });

  res.writeHead(200, {
    'content-type': 'application/json',
    'cache-control': 'public, max-age=900',
  });
  res.end(body);
}

export function startBulletinServer(port: number) {
  const server = createServer((req, res) => {
    handleBulletin(req, res).catch((err: unknown) => {
      console.error('bulletin request failed', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.listen(port);
  return server;
}
