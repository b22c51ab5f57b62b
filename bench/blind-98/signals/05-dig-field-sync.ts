// expect: require-signal-propagation
// archiveFind passes opts.signal to the photo download but not to the archive POST, so cancelling the field sync still lets the upload finish and creates catalogue records the crew thought were abandoned.
export interface FieldFind {
  fieldNumber: string;
  siteCode: string;
  grid: string;
  depthCm: number;
  photoUrl: string;
  description: string;
}

export interface ArchiveRecord {
  catalogueId: string;
  fieldNumber: string;
}

export interface SyncOptions {
  signal: AbortSignal;
  archiveUrl: string;
  token: string;
}

async function archiveFind(find: FieldFind, opts: SyncOptions): Promise<ArchiveRecord> {
  const photo = await fetch(find.photoUrl, { signal: opts.signal });
  if (!photo.ok) {
    throw new Error(`photo for ${find.fieldNumber} unavailable (${photo.status})`);
  }
  const image = await photo.blob();

  const form = new FormData();
  form.set('fieldNumber', find.fieldNumber);
  form.set('site', find.siteCode);
  form.set('grid', find.grid);
  form.set('depthCm', String(find.depthCm));
  form.set('description', find.description);
  form.set('photo', image, `${find.fieldNumber}.jpg`);

  const res = await fetch(`${opts.archiveUrl}/finds`, {
    method: 'POST',
    headers: { authorization: `Bearer ${opts.token}` },
    body: form,
  });
  if (!res.ok) {
    throw new Error(`archive refused ${find.fieldNumber}: ${res.status} ${await res.text()}`);
  }
  return (await res.json()) as ArchiveRecord;
}

export async function syncFieldDay(
  finds: readonly FieldFind[],
  opts: SyncOptions,
  onProgress: (done: number, total: number) => void,
): Promise<ArchiveRecord[]> {
  const records: ArchiveRecord[] = [];
  for (const find of finds) {
    opts.signal.throwIfAborted();
    records.push(await archiveFind(find, opts));
    onProgress(records.length, finds.length);
  }
  return records;
}
