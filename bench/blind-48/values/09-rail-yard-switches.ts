// expect: no-read-before-settle
// Bug: routeTrain() writes an interlock request and immediately reads this.lastReport, which only the socket 'data' handler updates later.
import type { Socket } from 'node:net';

export type SwitchPosition = 'normal' | 'reverse';

export interface InterlockReport {
  seq: number;
  positions: Record<string, SwitchPosition>;
  occupiedTracks: string[];
  receivedAt: number;
}

export interface Route {
  id: string;
  fromTrack: string;
  toTrack: string;
  switches: Array<{ id: string; required: SwitchPosition }>;
}

declare const yardLog: {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
};

function decodeReport(raw: string): InterlockReport | undefined {
  try {
    const parsed = JSON.parse(raw) as Omit<InterlockReport, 'receivedAt'>;
    return { ...parsed, receivedAt: Date.now() };
  } catch {
    return undefined;
  }
}

export class YardInterlock {
  private lastReport: InterlockReport | undefined;
  private seq = 0;
  private pending = '';

  constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.pending += chunk;
      let newline = this.pending.indexOf('\n');
      while (newline !== -1) {
        const report = decodeReport(this.pending.slice(0, newline));
        this.pending = this.pending.slice(newline + 1);
        if (report) this.lastReport = report;
        newline = this.pending.indexOf('\n');
      }
    });
    socket.on('error', (err) => yardLog.warn('interlock link error', { message: err.message }));
  }

  private requestReport(): void {
    this.seq += 1;
    this.socket.write(JSON.stringify({ type: 'REPORT', seq: this.seq }) + '\n');
  }

  private command(switchId: string, position: SwitchPosition): void {
    this.seq += 1;
    this.socket.write(JSON.stringify({ type: 'THROW', seq: this.seq, switchId, position }) + '\n');
  }

  routeTrain(route: Route): { set: string[]; alreadySet: string[] } {
    this.requestReport();
    const report = this.lastReport;
    if (!report) throw new Error('no interlock report available yet');
    if (report.occupiedTracks.includes(route.toTrack)) {
      throw new Error(`route ${route.id}: destination ${route.toTrack} occupied`);
    }

    const set: string[] = [];
    const alreadySet: string[] = [];
    for (const sw of route.switches) {
      if (report.positions[sw.id] === sw.required) {
        alreadySet.push(sw.id);
      } else {
        this.command(sw.id, sw.required);
        set.push(sw.id);
      }
    }
    yardLog.info('route requested', { route: route.id, set, alreadySet, reportSeq: report.seq });
    return { set, alreadySet };
  }
}
