// expect: no-uncalled-async-function
// The map callback returns drawer.reseal (the method) rather than calling it, so Promise.all resolves immediately and the sampled drawers are never resealed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Accession {
  id: string;
  species: string;
  storedOn: Date;
  seedCount: number;
}

export interface VaultDrawer {
  readonly code: string;
  readonly accessions: Accession[];
  open(): Promise<void>;
  withdraw(accessionId: string, seeds: number): Promise<void>;
  reseal(): Promise<void>;
}

export interface ViabilityResult {
  accessionId: string;
  germinated: number;
  sown: number;
}

const SAMPLE_SIZE = 50;
const RETEST_AFTER_YEARS = 10;

function dueForRetest(accession: Accession, now: Date): boolean {
  const years = (now.getTime() - accession.storedOn.getTime()) / (365.25 * 24 * 3600 * 1000);
  return years >= RETEST_AFTER_YEARS && accession.seedCount > SAMPLE_SIZE * 4;
}

// The germination chamber is driven by a vendor CLI that prints JSON.
async function germinate(accessionId: string, sown: number): Promise<ViabilityResult> {
  const { stdout } = await run('germchamber', ['trial', '--accession', accessionId, '--sown', String(sown), '--json'], {
    timeout: 60_000,
  });
  const parsed = JSON.parse(stdout) as { germinated: number };
  return { accessionId, germinated: parsed.germinated, sown };
}

export async function runViabilityRound(drawers: VaultDrawer[], now = new Date()): Promise<ViabilityResult[]> {
  const opened: VaultDrawer[] = [];
  const samples: Array<{ accessionId: string }> = [];

  try {
    for (const drawer of drawers) {
      const due = drawer.accessions.filter((a) => dueForRetest(a, now));
      if (due.length === 0) continue;
      await drawer.open();
      opened.push(drawer);
      for (const accession of due) {
        await drawer.withdraw(accession.id, SAMPLE_SIZE);
        samples.push({ accessionId: accession.id });
      }
    }
  } finally {
    // drawers must not sit open in the cold room while trials run
    await Promise.all(opened.map((drawer) => drawer.reseal));
  }

  const results = await Promise.all(samples.map((s) => germinate(s.accessionId, SAMPLE_SIZE)));
  return results.sort((a, b) => a.germinated / a.sown - b.germinated / b.sown);
}

export function flagLowViability(results: ViabilityResult[], threshold = 0.85): string[] {
  return results.filter((r) => r.germinated / r.sown < threshold).map((r) => r.accessionId);
}
