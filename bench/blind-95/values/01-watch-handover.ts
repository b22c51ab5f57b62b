// expect: none
// Every async lookup is awaited before it is interpolated, tested for truthiness or defaulted with ??, so the handover note contains real values rather than Promise objects.
export interface FuelGauge {
  litres(): Promise<number>;
  capacity(): Promise<number>;
}

export interface FogSignal {
  isArmed(): Promise<boolean>;
  lastSounded(): Promise<Date | null>;
}

export interface KeeperLog {
  lastInspection(station: string): Promise<string | undefined>;
  openDefects(station: string): Promise<string[]>;
  write(station: string, text: string): Promise<void>;
}

export interface HandoverContext {
  station: string;
  outgoing: string;
  incoming: string;
}

export class WatchHandover {
  constructor(
    private readonly fuel: FuelGauge,
    private readonly fog: FogSignal,
    private readonly log: KeeperLog,
  ) {}

  async compose(ctx: HandoverContext): Promise<string> {
    const [litres, capacity, defects] = await Promise.all([
      this.fuel.litres(),
      this.fuel.capacity(),
      this.log.openDefects(ctx.station),
    ]);

    const lines = [
      `Handover at ${ctx.station}: ${ctx.outgoing} -> ${ctx.incoming}`,
      `Generator fuel: ${litres.toFixed(0)} L of ${capacity} L (${Math.round((litres / capacity) * 100)}%)`,
    ];

    if (await this.fog.isArmed()) {
      const sounded = await this.fog.lastSounded();
      lines.push(`Fog signal armed; last sounded ${sounded ? sounded.toISOString() : 'not this season'}`);
    } else {
      lines.push('Fog signal DISARMED – re-arm before dusk');
    }

    const lastInspection = (await this.log.lastInspection(ctx.station)) ?? 'no inspection on record';
    lines.push(`Last lens inspection: ${lastInspection}`);
    lines.push(defects.length ? `Open defects:\n  - ${defects.join('\n  - ')}` : 'No open defects');

    return lines.join('\n');
  }

  async handOver(ctx: HandoverContext): Promise<void> {
    const note = await this.compose(ctx);
    await this.log.write(ctx.station, note);
  }
}
