// expect: no-leaked-race
// withTimeout never clears its setTimeout when the machine step wins the race, so every successful step leaves a timer of up to ten minutes running that keeps the resurfacing script from exiting after the last rink is done.
export interface ResurfacerLink {
  lowerConditioner(): Promise<void>;
  flood(rink: string, litres: number): Promise<{ litresUsed: number }>;
  raiseConditioner(): Promise<void>;
  disconnect(): Promise<void>;
}

export class StepTimeoutError extends Error {
  constructor(readonly step: string, readonly ms: number) {
    super(`${step} did not finish within ${ms / 1000}s`);
    this.name = 'StepTimeoutError';
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, step: string): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new StepTimeoutError(step, ms)), ms);
  });
  return Promise.race([work, timeout]);
}

export async function resurfaceRink(machine: ResurfacerLink, rink: string, litres: number): Promise<number> {
  await withTimeout(machine.lowerConditioner(), 30_000, 'lower conditioner');
  try {
    const { litresUsed } = await withTimeout(machine.flood(rink, litres), 10 * 60_000, `flood ${rink}`);
    return litresUsed;
  } finally {
    await withTimeout(machine.raiseConditioner(), 30_000, 'raise conditioner');
  }
}

export async function main(
  argv: string[],
  connect: (host: string) => Promise<ResurfacerLink>,
): Promise<void> {
  const [host, ...rinks] = argv;
  if (!host || rinks.length === 0) {
    console.error('usage: resurface <machine-host> <rink>...');
    process.exitCode = 2;
    return;
  }
  const machine = await connect(host);
  try {
    for (const rink of rinks) {
      const used = await resurfaceRink(machine, rink, 600);
      console.log(`${rink}: resurfaced with ${used} L`);
    }
  } finally {
    await machine.disconnect();
  }
}
