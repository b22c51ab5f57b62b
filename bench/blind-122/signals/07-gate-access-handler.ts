// expect: none
// The handler forwards request.signal to both the pass lookup and the turnstile call, so a client disconnect cancels the downstream work.
export interface PassRecord {
  tagUid: string;
  product: 'day' | 'season' | 'points';
  validFrom: string;
  validTo: string;
  pointsLeft?: number;
}

export interface TurnstileBus {
  open(gateId: string, opts: { signal?: AbortSignal; holdMs?: number }): Promise<void>;
}

export interface PassDirectory {
  lookup(tagUid: string, opts: { signal?: AbortSignal }): Promise<PassRecord | null>;
  debitPoint(tagUid: string, opts: { signal?: AbortSignal }): Promise<number>;
}

function isValidNow(pass: PassRecord, now: Date): boolean {
  return new Date(pass.validFrom) <= now && now <= new Date(pass.validTo);
}

export function createGateAccessHandler(directory: PassDirectory, turnstiles: TurnstileBus) {
  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const gateId = url.searchParams.get('gate');
    const tagUid = url.searchParams.get('tag');
    if (!gateId || !tagUid) {
      return Response.json({ error: 'gate and tag are required' }, { status: 400 });
    }

    const pass = await directory.lookup(tagUid, { signal: request.signal });
    if (!pass) {
      return Response.json({ open: false, reason: 'unknown-tag' }, { status: 403 });
    }
    if (!isValidNow(pass, new Date())) {
      return Response.json({ open: false, reason: 'out-of-validity' }, { status: 403 });
    }

    let pointsLeft: number | undefined;
    if (pass.product === 'points') {
      if ((pass.pointsLeft ?? 0) <= 0) {
        return Response.json({ open: false, reason: 'no-points' }, { status: 402 });
      }
      pointsLeft = await directory.debitPoint(tagUid, { signal: request.signal });
    }

    await turnstiles.open(gateId, { signal: request.signal, holdMs: 4_000 });
    return Response.json({ open: true, product: pass.product, pointsLeft });
  };
}

export function parseGateLog(line: string): { gateId: string; tagUid: string; open: boolean } | null {
  const m = /^(\S+)\s+(\S+)\s+(OPEN|DENY)$/.exec(line.trim());
  if (!m) return null;
  return { gateId: m[1], tagUid: m[2], open: m[3] === 'OPEN' };
}
