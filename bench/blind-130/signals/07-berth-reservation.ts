// expect: require-signal-propagation
// assignBerth forwards options.signal to the berth lookup but not to the reserve call, which accepts a signal, so an aborted assignment can still go on to hold a berth.
export interface Berth {
  id: string;
  terminal: string;
  maxSkirtWidthM: number;
  rampSide: 'port' | 'starboard' | 'bow';
}

export interface Reservation {
  berthId: string;
  craftId: string;
  expiresAt: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface BerthApi {
  listFree(terminal: string, opts?: RequestOptions): Promise<Berth[]>;
  reserve(berthId: string, craftId: string, ttlSeconds: number, opts?: RequestOptions): Promise<Reservation>;
}

export interface Hovercraft {
  id: string;
  skirtWidthM: number;
  preferredRamp: Berth['rampSide'];
}

export interface AssignOptions {
  terminal: string;
  holdSeconds?: number;
  signal?: AbortSignal;
}

export class NoBerthAvailableError extends Error {
  constructor(craftId: string, terminal: string) {
    super(`no berth at ${terminal} fits hovercraft ${craftId}`);
    this.name = 'NoBerthAvailableError';
  }
}

function score(berth: Berth, craft: Hovercraft): number {
  const clearance = berth.maxSkirtWidthM - craft.skirtWidthM;
  const rampBonus = berth.rampSide === craft.preferredRamp ? 10 : 0;
  return rampBonus - clearance;
}

export async function assignBerth(api: BerthApi, craft: Hovercraft, options: AssignOptions): Promise<Reservation> {
  const free = await api.listFree(options.terminal, { signal: options.signal });
  const candidates = free
    .filter((b) => b.maxSkirtWidthM >= craft.skirtWidthM + 0.5)
    .sort((a, b) => score(b, craft) - score(a, craft));

  for (const berth of candidates) {
    try {
      return await api.reserve(berth.id, craft.id, options.holdSeconds ?? 600);
    } catch (err) {
      if ((err as { code?: string }).code === 'BERTH_TAKEN') continue;
      throw err;
    }
  }
  throw new NoBerthAvailableError(craft.id, options.terminal);
}

export function describeReservation(r: Reservation, berth: Berth | undefined): string {
  const where = berth ? `${berth.terminal} berth ${berth.id} (${berth.rampSide} ramp)` : `berth ${r.berthId}`;
  return `${r.craftId} → ${where}, held until ${new Date(r.expiresAt).toLocaleTimeString('en-GB')}`;
}
