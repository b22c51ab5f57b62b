// expect: none
// Every executor settles once: readFile errors return before parsing, parse failures go to the catch only, and the spindle timer is cleared on success.
import { readFile } from 'node:fs';
import { EventEmitter } from 'node:events';

export interface BlockPattern {
  name: string;
  headCircumferenceMm: number;
  crownHeightMm: number;
  brimProfile: Array<[number, number]>;
  timber: 'lime' | 'alder' | 'poplar';
}

interface SpindleMachine extends EventEmitter {
  readonly id: string;
  isIdle(): boolean;
  loadToolpath(pattern: BlockPattern): void;
}

declare const workshopLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

function parsePattern(text: string): BlockPattern {
  const data = JSON.parse(text) as Partial<BlockPattern>;
  if (!data.name || typeof data.headCircumferenceMm !== 'number') {
    throw new Error('pattern is missing name or head circumference');
  }
  if (!Array.isArray(data.brimProfile) || data.brimProfile.length < 3) {
    throw new Error(`pattern ${data.name} has an incomplete brim profile`);
  }
  return {
    name: data.name,
    headCircumferenceMm: data.headCircumferenceMm,
    crownHeightMm: data.crownHeightMm ?? 110,
    brimProfile: data.brimProfile,
    timber: data.timber ?? 'lime',
  };
}

export function loadPattern(file: string): Promise<BlockPattern> {
  return new Promise<BlockPattern>((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        reject(err);
        return;
      }
      try {
        resolve(parsePattern(text));
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

export function waitForSpindleIdle(machine: SpindleMachine, timeoutMs: number): Promise<void> {
  if (machine.isIdle()) return Promise.resolve();

  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      machine.off('idle', onIdle);
      machine.off('fault', onFault);
      reject(new Error(`spindle ${machine.id} still busy after ${timeoutMs}ms`));
    }, timeoutMs);

    function onIdle(): void {
      clearTimeout(timer);
      machine.off('fault', onFault);
      resolve();
    }

    function onFault(code: string): void {
      clearTimeout(timer);
      machine.off('idle', onIdle);
      reject(new Error(`spindle ${machine.id} faulted: ${code}`));
    }

    machine.once('idle', onIdle);
    machine.once('fault', onFault);
  });
}

export async function carveBlock(machine: SpindleMachine, patternFile: string): Promise<string> {
  const pattern = await loadPattern(patternFile);
  await waitForSpindleIdle(machine, 30_000);
  machine.loadToolpath(pattern);
  workshopLog.info('toolpath loaded', {
    machine: machine.id,
    pattern: pattern.name,
    timber: pattern.timber,
  });
  return `${pattern.name}@${machine.id}`;
}
