// expect: none
// The interval callback is synchronous and attaches a .catch to each refresh, and the party check awaits its parallel lookups through Promise.all, so no promise is dropped or left unobserved.
export interface AvalancheBulletin {
  region: string;
  dangerLevel: 1 | 2 | 3 | 4 | 5;
  issuedAt: string;
}

export interface Party {
  id: string;
  region: string;
  guideId: string;
  clientIds: string[];
}

declare const bulletinService: {
  latest(region: string): Promise<AvalancheBulletin>;
};

declare const certifications: {
  guideLevel(guideId: string): Promise<number>;
  clientHasTransceiver(clientId: string): Promise<boolean>;
};

declare const opsLog: {
  error(message: string, err: unknown): void;
  info(message: string): void;
};

export class BulletinWatcher {
  private readonly bulletins = new Map<string, AvalancheBulletin>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly regions: string[]) {}

  start(intervalMs = 10 * 60_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.refresh().catch((err) => opsLog.error('bulletin refresh failed', err));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async refresh(): Promise<void> {
    const fresh = await Promise.all(this.regions.map((r) => bulletinService.latest(r)));
    for (const bulletin of fresh) {
      const previous = this.bulletins.get(bulletin.region);
      if (previous && previous.dangerLevel !== bulletin.dangerLevel) {
        opsLog.info(`${bulletin.region}: danger ${previous.dangerLevel} -> ${bulletin.dangerLevel}`);
      }
      this.bulletins.set(bulletin.region, bulletin);
    }
  }

  dangerFor(region: string): number | null {
    return this.bulletins.get(region)?.dangerLevel ?? null;
  }
}

export async function clearPartyToDepart(watcher: BulletinWatcher, party: Party): Promise<string[]> {
  const problems: string[] = [];
  const [guideLevel, transceivers] = await Promise.all([
    certifications.guideLevel(party.guideId),
    Promise.all(party.clientIds.map((id) => certifications.clientHasTransceiver(id))),
  ]);

  let danger = watcher.dangerFor(party.region);
  if (danger === null) {
    await watcher.refresh();
    danger = watcher.dangerFor(party.region);
  }
  if (danger === null) problems.push(`no avalanche bulletin for ${party.region}`);
  else if (danger >= 4) problems.push(`danger level ${danger}: glacier tours suspended`);
  else if (danger === 3 && guideLevel < 3) problems.push('level 3 danger needs a level 3 guide');

  transceivers.forEach((ok, i) => {
    if (!ok) problems.push(`client ${party.clientIds[i]} has no avalanche transceiver`);
  });
  if (party.clientIds.length > (guideLevel >= 3 ? 6 : 4)) {
    problems.push(`party of ${party.clientIds.length} too large for a level ${guideLevel} guide`);
  }
  return problems;
}
