// expect: no-floating-promises
// regions.forEach(async ...) drops every promise: the handler answers 202 before any region is published and a failed push becomes an unhandled rejection.
export interface Bulletin {
  regionId: string;
  validFrom: string;
  validTo: string;
  dangerByElevation: { above: number; near: number; below: number };
  problems: Array<'wind-slab' | 'persistent-slab' | 'wet-snow' | 'storm-slab'>;
}

interface Req {
  body: { issuedBy: string; bulletins: Bulletin[] };
}
interface Res {
  status(code: number): Res;
  json(body: unknown): void;
}

declare const bulletinStore: {
  save(b: Bulletin, issuedBy: string): Promise<{ version: number }>;
};
declare const pushGateway: {
  notifySubscribers(regionId: string, summary: string): Promise<void>;
};
declare const cdn: {
  purge(path: string): Promise<void>;
};

function summarise(b: Bulletin): string {
  const peak = Math.max(b.dangerByElevation.above, b.dangerByElevation.near, b.dangerByElevation.below);
  const words = ['low', 'moderate', 'considerable', 'high', 'extreme'];
  return `${b.regionId}: ${words[peak - 1]} danger, ${b.problems.join(', ') || 'no specific problem'}`;
}

function validate(b: Bulletin): string | null {
  if (new Date(b.validTo) <= new Date(b.validFrom)) return `${b.regionId}: validTo before validFrom`;
  const levels = Object.values(b.dangerByElevation);
  if (levels.some((l) => l < 1 || l > 5)) return `${b.regionId}: danger level out of range`;
  return null;
}

async function publishOne(b: Bulletin, issuedBy: string): Promise<void> {
  const { version } = await bulletinStore.save(b, issuedBy);
  await cdn.purge(`/bulletins/${b.regionId}.json`);
  await pushGateway.notifySubscribers(b.regionId, `${summarise(b)} (v${version})`);
}

export async function publishBulletins(req: Req, res: Res): Promise<void> {
  const { issuedBy, bulletins } = req.body;
  const problems = bulletins.map(validate).filter((p): p is string => p !== null);
  if (problems.length > 0) {
    res.status(422).json({ problems });
    return;
  }

  bulletins.forEach(async (bulletin) => {
    await publishOne(bulletin, issuedBy);
    console.info(`published ${bulletin.regionId} for ${issuedBy}`);
  });

  res.status(202).json({ accepted: bulletins.map((b) => b.regionId) });
}
