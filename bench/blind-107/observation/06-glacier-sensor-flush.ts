// expect: no-unchecked-settled-results
// flushAll collects Promise.allSettled outcomes but only counts them, so stations whose buffers failed to flush are reported as flushed and their readings are cleared from the ring buffer and lost.
import { EventEmitter } from 'node:events';

export interface StationBuffer {
  stationId: string;
  pending(): number;
  flush(): Promise<number>;
  clear(): void;
}

export interface FlushSummary {
  stations: number;
  readings: number;
  at: string;
}

export class MeltTelemetry extends EventEmitter {
  private readonly stations = new Map<string, StationBuffer>();
  private flushing = false;

  attach(buf: StationBuffer): void {
    this.stations.set(buf.stationId, buf);
  }

  detach(stationId: string): void {
    this.stations.delete(stationId);
  }

  async flushAll(): Promise<FlushSummary | null> {
    if (this.flushing) return null;
    this.flushing = true;
    try {
      const buffers = [...this.stations.values()].filter((b) => b.pending() > 0);
      const readings = buffers.reduce((n, b) => n + b.pending(), 0);

      const outcomes = await Promise.allSettled(buffers.map((b) => b.flush()));

      for (const b of buffers) b.clear();
      const summary: FlushSummary = { stations: outcomes.length, readings, at: new Date().toISOString() };
      this.emit('flushed', summary);
      return summary;
    } finally {
      this.flushing = false;
    }
  }
}

export function describeSummary(s: FlushSummary | null): string {
  if (!s) return 'flush already in progress';
  return `${s.readings} readings from ${s.stations} stakes flushed at ${s.at}`;
}
