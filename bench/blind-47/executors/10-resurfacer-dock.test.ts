// expect: none
// waitForLine listens to every 'line' but settles once on the match and also rejects on 'close'; listeners are detached on both paths.
import { PassThrough } from 'node:stream';
import { createInterface, type Interface } from 'node:readline';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface DockStatus {
  bay: number;
  waterLitres: number;
}

function waitForLine(rl: Interface, prefix: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onLine = (line: string) => {
      if (!line.startsWith(prefix)) {
        return;
      }
      detach();
      resolve(line.slice(prefix.length).trim());
    };
    const onClose = () => {
      detach();
      reject(new Error(`resurfacer link closed before ${prefix}`));
    };
    const detach = () => {
      rl.off('line', onLine);
      rl.off('close', onClose);
    };
    rl.on('line', onLine);
    rl.on('close', onClose);
  });
}

async function awaitDocking(rl: Interface): Promise<DockStatus> {
  const payload = await waitForLine(rl, 'DOCKED');
  const [bay, litres] = payload.split(/\s+/).map(Number);
  return { bay, waterLitres: litres };
}

describe('resurfacer docking', () => {
  let input: PassThrough;
  let rl: Interface;

  beforeEach(() => {
    input = new PassThrough();
    rl = createInterface({ input, crlfDelay: Infinity });
  });

  afterEach(() => {
    rl.close();
  });

  it('parses the bay and remaining water from the DOCKED line', async () => {
    const docking = awaitDocking(rl);
    input.write('SPEED 4.2\n');
    input.write('BLADE UP\n');
    input.write('DOCKED 2 180\n');
    expect(await docking).toEqual({ bay: 2, waterLitres: 180 });
  });

  it('keeps only the first DOCKED line', async () => {
    const docking = waitForLine(rl, 'DOCKED');
    input.write('DOCKED 1 40\nDOCKED 3 10\n');
    expect(await docking).toBe('1 40');
    expect(rl.listenerCount('line')).toBe(0);
  });

  it('rejects when the link drops mid-run', async () => {
    const docking = awaitDocking(rl);
    input.write('SPEED 3.9\n');
    input.end();
    await expect(docking).rejects.toThrow(/closed before DOCKED/);
  });
});
