// expect: no-multiple-settle
// In the legacy-store adapter, an error calls reject() but execution falls through to resolve() with an empty record, so the callback settles twice on the error path.
export interface ShoeingEntry {
  date: string;
  farrier: string;
  shoeType: 'keg' | 'handmade' | 'barefoot-trim' | 'therapeutic';
  hooves: Array<'LF' | 'RF' | 'LH' | 'RH'>;
  notes?: string;
}

export interface HoofRecord {
  horseId: string;
  name: string;
  intervalWeeks: number;
  history: ShoeingEntry[];
}

type NodeCallback<T> = (err: Error | null, value?: T) => void;

interface LegacyStableStore {
  fetchRecord(horseId: string, cb: NodeCallback<string>): void;
  saveRecord(horseId: string, raw: string, cb: NodeCallback<void>): void;
}

declare const legacyStore: LegacyStableStore;

function emptyRecord(horseId: string): HoofRecord {
  return { horseId, name: 'unknown', intervalWeeks: 6, history: [] };
}

function decodeRecord(horseId: string, raw: string): HoofRecord {
  const data = JSON.parse(raw) as Partial<HoofRecord>;
  return {
    horseId,
    name: data.name ?? 'unknown',
    intervalWeeks: data.intervalWeeks ?? 6,
    history: data.history ?? [],
  };
}

export function loadHoofRecord(horseId: string): Promise<HoofRecord> {
  return new Promise((resolve, reject) => {
    legacyStore.fetchRecord(horseId, (err, raw) => {
      if (err) reject(new Error(`stable store lookup failed for ${horseId}: ${err.message}`));
      resolve(raw ? decodeRecord(horseId, raw) : emptyRecord(horseId));
    });
  });
}

export function saveHoofRecord(record: HoofRecord): Promise<void> {
  return new Promise((resolve, reject) => {
    legacyStore.saveRecord(record.horseId, JSON.stringify(record), (err) => {
      if (err) {
        reject(err);
        return;
      }
      resolve();
    });
  });
}

export async function recordVisit(horseId: string, entry: ShoeingEntry): Promise<HoofRecord> {
  const record = await loadHoofRecord(horseId);
  const updated: HoofRecord = {
    ...record,
    history: [...record.history, entry].sort((a, b) => a.date.localeCompare(b.date)),
  };
  await saveHoofRecord(updated);
  return updated;
}

export function nextVisitDue(record: HoofRecord): Date | undefined {
  const last = record.history.at(-1);
  if (!last) return undefined;
  const due = new Date(last.date);
  due.setDate(due.getDate() + record.intervalWeeks * 7);
  return due;
}
