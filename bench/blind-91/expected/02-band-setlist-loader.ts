// expect: none
// Function references are only handed to helpers that call them (retry, map, runInOrder); wherever a promise or a value is needed the function is actually called.
export interface Tune {
  title: string;
  type: 'march' | 'strathspey' | 'reel' | 'jig' | 'slow-air';
}

export interface Band {
  id: string;
  name: string;
  grade: 1 | 2 | 3 | 4;
}

declare const api: {
  band(id: string): Promise<Band>;
  setlist(bandId: string): Promise<Tune[]>;
  drawOrder(contest: string): Promise<string[]>;
  warmUpSlots(contest: string): Promise<Record<string, string>>;
};

async function retry<T>(task: () => Promise<T>, attempts = 3, delayMs = 250): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      await new Promise<void>((r) => setTimeout(r, delayMs * (i + 1)));
    }
  }
  throw lastError;
}

async function runInOrder<T>(tasks: Array<() => Promise<T>>): Promise<T[]> {
  const out: T[] = [];
  for (const task of tasks) out.push(await task());
  return out;
}

function loadBand(id: string): Promise<Band> {
  return retry(() => api.band(id));
}

export async function contestProgramme(contest: string) {
  const order = await retry(() => api.drawOrder(contest));
  const bands = await Promise.all(order.map(loadBand));
  const slots = await api.warmUpSlots(contest);

  const setlists = await runInOrder(bands.map((b) => () => api.setlist(b.id)));

  return bands.map((band, i) => ({
    position: i + 1,
    band: band.name,
    grade: band.grade,
    warmUp: slots[band.id] ?? 'TBC',
    tunes: setlists[i].map((t) => `${t.title} (${t.type})`),
  }));
}

export async function printProgramme(contest: string, loader: typeof contestProgramme = contestProgramme) {
  const rows = await loader(contest);
  for (const row of rows) {
    console.log(`${String(row.position).padStart(2)}. ${row.band} [G${row.grade}] warm-up ${row.warmUp}`);
    for (const t of row.tunes) console.log(`      ${t}`);
  }
  return rows.length;
}
