// expect: none
// The allSettled results are split into fulfilled and rejected, and every rejection is logged, counted and rethrown as an AggregateError when the rig is incomplete.
export interface Fixture {
  id: string;
  address: number;
  kind: 'profile' | 'fresnel' | 'led-bar' | 'followspot';
}

export interface FixtureLink {
  pushPreset(fixtureId: string, preset: Record<string, number>): Promise<{ firmware: string }>;
}

export interface Logger {
  error(msg: string, err: unknown): void;
}

export interface SyncOutcome {
  synced: Array<{ id: string; firmware: string }>;
  failed: Array<{ id: string; reason: string }>;
}

export class FixtureSync {
  constructor(
    private readonly link: FixtureLink,
    private readonly log: Logger,
    private readonly essentialKinds: ReadonlySet<Fixture['kind']> = new Set(['followspot', 'profile']),
  ) {}

  async pushScene(fixtures: Fixture[], preset: Record<string, number>): Promise<SyncOutcome> {
    const results = await Promise.allSettled(
      fixtures.map((f) => this.link.pushPreset(f.id, preset)),
    );

    const outcome: SyncOutcome = { synced: [], failed: [] };
    const essentialErrors: unknown[] = [];
    results.forEach((result, i) => {
      const fixture = fixtures[i];
      if (result.status === 'fulfilled') {
        outcome.synced.push({ id: fixture.id, firmware: result.value.firmware });
        return;
      }
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      this.log.error(`fixture ${fixture.id} (DMX ${fixture.address}) did not take preset`, result.reason);
      outcome.failed.push({ id: fixture.id, reason });
      if (this.essentialKinds.has(fixture.kind)) {
        essentialErrors.push(result.reason);
      }
    });

    if (essentialErrors.length > 0) {
      throw new AggregateError(
        essentialErrors,
        `${essentialErrors.length} essential fixture(s) failed; puppets would be unlit`,
      );
    }
    return outcome;
  }
}

export function patchSheet(fixtures: Fixture[]): string {
  return fixtures
    .slice()
    .sort((a, b) => a.address - b.address)
    .map((f) => `${String(f.address).padStart(3, '0')}  ${f.kind.padEnd(10)} ${f.id}`)
    .join('\n');
}
