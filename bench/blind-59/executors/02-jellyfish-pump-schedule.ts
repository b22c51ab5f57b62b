// expect: none
// The write executor listens for both 'finish' and 'error', and loadAndWaitReady clears its timer and listeners on every path.
import { createWriteStream } from 'node:fs';
import { EventEmitter } from 'node:events';

export interface PumpSlot {
  tankId: string;
  startMinute: number;
  durationMinutes: number;
  flowLitresPerMin: number;
}

export interface PumpController extends EventEmitter {
  readonly id: string;
  loadSchedule(path: string): void;
}

declare const tankRegistry: { kreiselTanks(): Promise<string[]> };
declare const log: { info(msg: string, meta?: object): void; warn(msg: string, meta?: object): void };

// Kreisel tanks need gentle laminar flow or the jellies get pinned to the walls.
const MAX_KREISEL_FLOW = 18;

export function writeSchedule(path: string, slots: PumpSlot[]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const out = createWriteStream(path, { encoding: 'utf8' });
    let lines = 0;

    out.once('error', reject);
    out.once('finish', () => resolve(lines));

    out.write('tank,start,duration,flow\n');
    for (const slot of slots) {
      out.write(`${slot.tankId},${slot.startMinute},${slot.durationMinutes},${slot.flowLitresPerMin}\n`);
      lines += 1;
    }
    out.end();
  });
}

export function loadAndWaitReady(controller: PumpController, path: string, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      controller.off('ready', onReady);
      controller.off('fault', onFault);
    };
    const onReady = () => {
      cleanup();
      resolve();
    };
    const onFault = (code: string) => {
      cleanup();
      reject(new Error(`pump ${controller.id} fault ${code} while loading schedule`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`pump ${controller.id} not ready after ${timeoutMs}ms`));
    }, timeoutMs);

    controller.once('ready', onReady);
    controller.once('fault', onFault);
    try {
      controller.loadSchedule(path);
    } catch (err) {
      cleanup();
      reject(err);
    }
  });
}

export async function deployNightSchedule(controller: PumpController, dir: string): Promise<void> {
  const kreisels = new Set(await tankRegistry.kreiselTanks());
  const slots: PumpSlot[] = [];
  for (const tankId of kreisels) {
    for (let minute = 0; minute < 12 * 60; minute += 90) {
      slots.push({ tankId, startMinute: minute, durationMinutes: 45, flowLitresPerMin: MAX_KREISEL_FLOW });
    }
  }

  const path = `${dir}/night-${controller.id}.csv`;
  const written = await writeSchedule(path, slots);
  log.info('pump schedule written', { path, written });

  await loadAndWaitReady(controller, path, 15_000);
  log.info('pump schedule active', { pump: controller.id });
}
