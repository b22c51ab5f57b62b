// expect: none
// Correct: every callback branch returns after settling, and the readline 'close' that follows an error is guarded.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface FlowAck {
  zone: string;
  accepted: boolean;
  appliedLph: number;
}

export interface ValveLogSummary {
  openEvents: number;
  closeEvents: number;
  litresByZone: Map<string, number>;
  malformedLines: number;
}

declare const irrigationController: {
  setFlow(zone: string, litresPerHour: number, callback: (err: Error | null, ack?: FlowAck) => void): void;
};

const MAX_LPH = 2_400;

export function setZoneFlow(zone: string, litresPerHour: number): Promise<FlowAck> {
  return new Promise<FlowAck>((resolve, reject) => {
    if (litresPerHour < 0 || litresPerHour > MAX_LPH) {
      reject(new RangeError(`flow ${litresPerHour} L/h outside 0..${MAX_LPH} for ${zone}`));
      return;
    }
    irrigationController.setFlow(zone, litresPerHour, (err, ack) => {
      if (err) return reject(err);
      if (!ack || !ack.accepted) {
        return reject(new Error(`controller refused flow change for ${zone}`));
      }
      resolve(ack);
    });
  });
}

export function summarizeValveLog(path: string): Promise<ValveLogSummary> {
  return new Promise<ValveLogSummary>((resolve, reject) => {
    const summary: ValveLogSummary = {
      openEvents: 0,
      closeEvents: 0,
      litresByZone: new Map(),
      malformedLines: 0,
    };
    const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    let failed = false;

    rl.on('line', (line) => {
      const [, zone, event, litres] = line.split('\t');
      if (!zone || (event !== 'OPEN' && event !== 'CLOSE')) {
        summary.malformedLines++;
        return;
      }
      if (event === 'OPEN') {
        summary.openEvents++;
      } else {
        summary.closeEvents++;
        summary.litresByZone.set(zone, (summary.litresByZone.get(zone) ?? 0) + Number(litres ?? 0));
      }
    });

    rl.once('error', (err: Error) => {
      failed = true;
      rl.close();
      reject(err);
    });

    rl.once('close', () => {
      if (failed) return;
      resolve(summary);
    });
  });
}

export async function rebalanceFromLog(path: string, targetLitres: number): Promise<FlowAck[]> {
  const summary = await summarizeValveLog(path);
  const acks: FlowAck[] = [];
  for (const [zone, litres] of summary.litresByZone) {
    const deficit = Math.max(0, targetLitres - litres);
    acks.push(await setZoneFlow(zone, Math.min(MAX_LPH, Math.round(deficit / 4))));
  }
  return acks;
}
