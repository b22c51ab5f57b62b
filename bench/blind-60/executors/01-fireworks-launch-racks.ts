// expect: no-multiple-settle
// armRack's timeout timer is never cleared when the rack reports ARMED, so the executor later rejects an already-resolved promise.
import { EventEmitter } from 'node:events';

export interface RackPort extends EventEmitter {
  write(line: string): void;
}

export interface RackStatus {
  rackId: string;
  tubes: number;
  armedAt: number;
}

export class RackArmingError extends Error {
  constructor(
    readonly rackId: string,
    readonly code: string,
  ) {
    super(`rack ${rackId} failed to arm: ${code}`);
    this.name = 'RackArmingError';
  }
}

declare const telemetry: {
  gauge(name: string, value: number, tags?: Record<string, string>): void;
};

const ARM_TIMEOUT_MS = 8_000;

function parseLine(raw: Buffer | string): string[] {
  return raw
    .toString('utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

export function armRack(port: RackPort, rackId: string, tubes: number): Promise<RackStatus> {
  const startedAt = Date.now();

  return new Promise<RackStatus>((resolve, reject) => {
    const onData = (chunk: Buffer | string) => {
      for (const line of parseLine(chunk)) {
        const [verb, id, detail] = line.split(' ');
        if (id !== rackId) continue;

        if (verb === 'ARMED') {
          port.off('data', onData);
          telemetry.gauge('rack.arm_ms', Date.now() - startedAt, { rackId });
          resolve({ rackId, tubes, armedAt: Date.now() });
          return;
        }
        if (verb === 'FAULT') {
          port.off('data', onData);
          reject(new RackArmingError(rackId, detail ?? 'UNKNOWN'));
          return;
        }
      }
    };

    setTimeout(() => {
      port.off('data', onData);
      port.write(`DISARM ${rackId}`);
      reject(new RackArmingError(rackId, 'TIMEOUT'));
    }, ARM_TIMEOUT_MS);

    port.on('data', onData);
    port.write(`ARM ${rackId} ${tubes}`);
  });
}

export async function armShow(
  port: RackPort,
  racks: ReadonlyArray<{ id: string; tubes: number }>,
): Promise<RackStatus[]> {
  const armed: RackStatus[] = [];
  for (const rack of racks) {
    // Racks share one serial bus, so arming is strictly sequential.
    armed.push(await armRack(port, rack.id, rack.tubes));
  }
  return armed;
}

export function summarize(statuses: RackStatus[]): string {
  const tubes = statuses.reduce((sum, s) => sum + s.tubes, 0);
  const first = Math.min(...statuses.map((s) => s.armedAt));
  const last = Math.max(...statuses.map((s) => s.armedAt));
  return `${statuses.length} racks / ${tubes} tubes armed in ${last - first}ms`;
}
