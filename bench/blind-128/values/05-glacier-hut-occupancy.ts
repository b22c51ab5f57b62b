// expect: none
// The occupancy value is read only after awaiting once() on the warden's reply event, so the handler has always run before the local is used.
import { EventEmitter, once } from 'node:events';

export interface OccupancyReport {
  hut: string;
  night: string;
  guests: number;
  bunks: number;
  reportedBy: string;
}

export interface RadioLink extends EventEmitter {
  transmit(channel: number, text: string): void;
}

function parseReport(hut: string, text: string): OccupancyReport | null {
  const m = /^OCC (\S+) (\d{4}-\d{2}-\d{2}) (\d+)\/(\d+) (\w+)$/.exec(text.trim());
  if (!m || m[1] !== hut) return null;
  return { hut, night: m[2], guests: Number(m[3]), bunks: Number(m[4]), reportedBy: m[5] };
}

export class HutOccupancyPoller {
  private last = new Map<string, OccupancyReport>();

  constructor(private readonly radio: RadioLink, private readonly channel = 4) {}

  async poll(hut: string, night: string, timeoutMs = 30_000): Promise<OccupancyReport> {
    const signal = AbortSignal.timeout(timeoutMs);
    this.radio.transmit(this.channel, `QRY OCC ${hut} ${night}`);

    let report: OccupancyReport | null = null;
    while (!report) {
      const [text] = (await once(this.radio, 'message', { signal })) as [string];
      report = parseReport(hut, text);
    }

    this.last.set(hut, report);
    return report;
  }

  lastKnown(hut: string): OccupancyReport | undefined {
    return this.last.get(hut);
  }

  async pollRoute(huts: string[], night: string): Promise<OccupancyReport[]> {
    const reports: OccupancyReport[] = [];
    for (const hut of huts) {
      const report = await this.poll(hut, night);
      reports.push(report);
      if (report.guests >= report.bunks) {
        this.radio.transmit(this.channel, `ACK FULL ${hut} ${night}`);
      }
    }
    return reports;
  }
}

export function freeBunks(reports: OccupancyReport[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of reports) out[r.hut] = Math.max(0, r.bunks - r.guests);
  return out;
}
