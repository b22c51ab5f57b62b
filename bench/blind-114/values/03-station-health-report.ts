// expect: none
// Every async lookup is awaited before its result is interpolated into the report line or serialized, so only resolved values reach the output.
import { writeFile } from 'node:fs/promises';

export interface Station {
  code: string;
  network: string;
  channels: string[];
}

export interface StationRegistry {
  medianLatencyMs(code: string): Promise<number>;
  gapSecondsLastDay(code: string, channel: string): Promise<number>;
  lastPacketAt(code: string): Promise<Date | null>;
}

export interface HealthLine {
  code: string;
  latencyMs: number;
  worstChannel: string;
  worstGapSeconds: number;
  lastPacket: string | null;
}

export class HealthReporter {
  constructor(
    private readonly registry: StationRegistry,
    private readonly gapAlarmSeconds = 600,
  ) {}

  async line(station: Station): Promise<HealthLine> {
    const latencyMs = await this.registry.medianLatencyMs(station.code);
    const gaps = await Promise.all(station.channels.map((ch) => this.registry.gapSecondsLastDay(station.code, ch)));
    const last = await this.registry.lastPacketAt(station.code);

    let worst = 0;
    gaps.forEach((g, i) => {
      if (g > gaps[worst]) worst = i;
    });

    return {
      code: `${station.network}.${station.code}`,
      latencyMs,
      worstChannel: station.channels[worst] ?? '-',
      worstGapSeconds: gaps[worst] ?? 0,
      lastPacket: last ? last.toISOString() : null,
    };
  }

  async render(stations: Station[]): Promise<string> {
    const rows: string[] = [];
    for (const station of stations) {
      const h = await this.line(station);
      const flag = h.worstGapSeconds > this.gapAlarmSeconds ? 'GAP' : 'ok';
      rows.push(
        `${h.code.padEnd(10)} ${String(h.latencyMs.toFixed(0)).padStart(6)}ms ${h.worstChannel.padEnd(4)} ` +
          `${String(h.worstGapSeconds).padStart(6)}s ${flag} ${h.lastPacket ?? 'never'}`,
      );
    }
    return rows.join('\n');
  }

  async writeJson(stations: Station[], path: string): Promise<void> {
    const lines: HealthLine[] = [];
    for (const station of stations) lines.push(await this.line(station));
    await writeFile(path, JSON.stringify({ generatedAt: new Date().toISOString(), lines }, null, 2));
  }
}
