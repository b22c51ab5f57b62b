// expect: no-floating-promises
// entries.forEach(async ...) drops every insert promise: the CLI prints "imported" and closes the pool before the inserts finish, and a failed insert is an unhandled rejection.
import { createReadStream } from 'node:fs';
import readline from 'node:readline';

interface TrialEntry {
  trialId: string;
  handler: string;
  dog: string;
  dogRegNo: string;
  class: 'novice' | 'pro-novice' | 'open';
}

declare const pool: {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
};

async function readEntries(file: string, trialId: string): Promise<TrialEntry[]> {
  const rl = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const entries: TrialEntry[] = [];
  let header: string[] | null = null;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const cells = line.split(',').map((c) => c.trim());
    if (!header) {
      header = cells;
      continue;
    }
    const at = (name: string) => cells[header!.indexOf(name)] ?? '';
    entries.push({
      trialId,
      handler: at('handler'),
      dog: at('dog'),
      dogRegNo: at('reg_no'),
      class: (at('class') || 'open') as TrialEntry['class'],
    });
  }
  return entries;
}

async function upsertEntry(entry: TrialEntry): Promise<void> {
  await pool.query(
    `insert into trial_entries (trial_id, handler, dog, dog_reg_no, class)
     values ($1, $2, $3, $4, $5)
     on conflict (trial_id, dog_reg_no) do update set handler = excluded.handler, class = excluded.class`,
    [entry.trialId, entry.handler, entry.dog, entry.dogRegNo, entry.class],
  );
}

export async function importEntries(file: string, trialId: string): Promise<number> {
  const entries = await readEntries(file, trialId);
  const seen = new Set<string>();
  const unique = entries.filter((e) => {
    if (!e.dogRegNo || seen.has(e.dogRegNo)) return false;
    seen.add(e.dogRegNo);
    return true;
  });

  unique.forEach(async (entry) => {
    await upsertEntry(entry);
  });

  return unique.length;
}

async function main(argv: string[]) {
  const [file, trialId] = argv;
  if (!file || !trialId) {
    console.error('usage: import-entries <entries.csv> <trial-id>');
    process.exitCode = 2;
    return;
  }
  try {
    const n = await importEntries(file, trialId);
    console.log(`imported ${n} entries into trial ${trialId}`);
  } finally {
    await pool.end();
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
