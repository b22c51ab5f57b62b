// expect: none
// `dailyLimits` is filled by the 'quotas' listener, but start() awaits the first 'quotas' event (and issue() refuses to run before start finished), so nothing reads the map until a real update has been written into it.
import { EventEmitter, once } from 'node:events';

export interface ZoneQuota {
  zone: string;
  species: string;
  dailyKg: number;
}

export interface QuotaBroadcast extends EventEmitter {
  subscribe(region: string): Promise<void>;
}

export interface PermitRequest {
  applicant: string;
  zone: string;
  species: string;
  requestedKg: number;
}

export interface IssuedPermit {
  applicant: string;
  zone: string;
  species: string;
  allowedKg: number;
  issuedAt: string;
}

export class ForagingPermitDesk {
  private dailyLimits = new Map<string, number>();
  private ready = false;

  constructor(private readonly broadcast: QuotaBroadcast, private readonly region: string) {
    this.broadcast.on('quotas', (quotas: ZoneQuota[]) => {
      this.dailyLimits = new Map(quotas.map((q) => [`${q.zone}/${q.species}`, q.dailyKg]));
    });
  }

  async start(timeoutMs = 10_000): Promise<number> {
    await Promise.all([
      once(this.broadcast, 'quotas', { signal: AbortSignal.timeout(timeoutMs) }),
      this.broadcast.subscribe(this.region),
    ]);
    this.ready = true;
    return this.dailyLimits.size;
  }

  issue(request: PermitRequest): IssuedPermit {
    if (!this.ready) throw new Error('permit desk has not received quotas yet');
    const limit = this.dailyLimits.get(`${request.zone}/${request.species}`);
    if (limit === undefined || limit === 0) {
      throw new Error(`${request.species} may not be foraged in zone ${request.zone}`);
    }
    return {
      applicant: request.applicant,
      zone: request.zone,
      species: request.species,
      allowedKg: Math.min(request.requestedKg, limit),
      issuedAt: new Date().toISOString(),
    };
  }
}

export async function openDesk(broadcast: QuotaBroadcast, region: string): Promise<ForagingPermitDesk> {
  const desk = new ForagingPermitDesk(broadcast, region);
  const zones = await desk.start();
  if (zones === 0) throw new Error(`no foraging quotas published for ${region}`);
  return desk;
}
