// expect: none
// The KDM check starts early but .then(onOk, onErr) turns it into a never-rejecting result at once; the forEach callback is synchronous.
export interface Showtime {
  showId: string;
  screen: number;
  cplId: string;
  startsAt: Date;
  trailers: string[];
}

interface KdmWindow {
  cplId: string;
  notBefore: Date;
  notAfter: Date;
}

type KdmCheck = { ok: true; window: KdmWindow } | { ok: false; reason: string };

declare const keyServer: {
  validate(cplId: string, screen: number): Promise<KdmWindow>;
};
declare const mediaBlock: {
  ingestStatus(screen: number, assetId: string): Promise<'ready' | 'ingesting' | 'missing'>;
  buildPlaylist(screen: number, assets: string[]): Promise<string>;
};
declare const automation: {
  schedule(screen: number, playlistId: string, at: Date, cues: Array<{ atSec: number; action: string }>): Promise<void>;
};

export interface PreshowResult {
  showId: string;
  playlistId?: string;
  problems: string[];
}

function cuesFor(trailerCount: number): Array<{ atSec: number; action: string }> {
  const cues = [{ atSec: 0, action: 'house-lights-50' }];
  const featureStart = trailerCount * 150;
  cues.push({ atSec: Math.max(0, featureStart - 10), action: 'house-lights-off' });
  cues.push({ atSec: featureStart, action: 'masking-scope' });
  return cues;
}

export async function preparePreshow(show: Showtime): Promise<PreshowResult> {
  const problems: string[] = [];
  const kdm: Promise<KdmCheck> = keyServer.validate(show.cplId, show.screen).then(
    (window) => ({ ok: true, window }),
    (err: unknown) => ({ ok: false, reason: err instanceof Error ? err.message : String(err) }),
  );

  const assets = [...show.trailers, show.cplId];
  const readiness: Array<{ asset: string; status: string }> = [];
  for (const asset of assets) {
    readiness.push({ asset, status: await mediaBlock.ingestStatus(show.screen, asset) });
  }
  readiness.forEach(({ asset, status }) => {
    if (status !== 'ready') problems.push(`${asset} is ${status} on screen ${show.screen}`);
  });

  const key = await kdm;
  if (!key.ok) {
    problems.push(`KDM invalid: ${key.reason}`);
  } else if (key.window.notAfter < show.startsAt || key.window.notBefore > show.startsAt) {
    problems.push(`KDM window does not cover ${show.startsAt.toISOString()}`);
  }

  if (problems.length > 0) {
    return { showId: show.showId, problems };
  }

  const playableTrailers = show.trailers.filter((t) => readiness.some((r) => r.asset === t && r.status === 'ready'));
  const playlistId = await mediaBlock.buildPlaylist(show.screen, [...playableTrailers, show.cplId]);
  await automation.schedule(show.screen, playlistId, show.startsAt, cuesFor(playableTrailers.length));
  return { showId: show.showId, playlistId, problems };
}
