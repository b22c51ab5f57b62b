// expect: no-unchecked-settled-results
// publishRolls casts every allSettled result to a fulfilled one and reads .value, so a single failed upload yields undefined and crashes the receipt mapping.
export interface MusicRoll {
  rollId: string;
  title: string;
  arranger: string;
  scale: '20-note' | '26-note' | '31-note';
  midi: Uint8Array;
}

export interface UploadReceipt {
  rollId: string;
  storageKey: string;
  bytes: number;
}

export interface PublishSummary {
  organId: string;
  published: number;
  totalBytes: number;
}

declare const rollStorage: {
  put(key: string, data: Uint8Array, contentType: string): Promise<{ bytes: number }>;
};
declare const catalog: {
  recordReceipts(organId: string, receipts: UploadReceipt[]): Promise<void>;
  compatibleScales(organId: string): Promise<MusicRoll['scale'][]>;
};

const MAX_ROLL_BYTES = 2 * 1024 * 1024;

function storageKey(organId: string, roll: MusicRoll): string {
  const slug = roll.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `organs/${organId}/${roll.scale}/${slug}-${roll.rollId}.mid`;
}

async function uploadRoll(organId: string, roll: MusicRoll): Promise<UploadReceipt> {
  if (roll.midi.byteLength > MAX_ROLL_BYTES) {
    throw new Error(`roll ${roll.rollId} is ${roll.midi.byteLength} bytes, limit is ${MAX_ROLL_BYTES}`);
  }
  const key = storageKey(organId, roll);
  const { bytes } = await rollStorage.put(key, roll.midi, 'audio/midi');
  return { rollId: roll.rollId, storageKey: key, bytes };
}

export async function publishRolls(organId: string, rolls: readonly MusicRoll[]): Promise<PublishSummary> {
  const scales = await catalog.compatibleScales(organId);
  const playable = rolls.filter((roll) => scales.includes(roll.scale));
  if (playable.length === 0) {
    return { organId, published: 0, totalBytes: 0 };
  }

  const settled = await Promise.allSettled(playable.map((roll) => uploadRoll(organId, roll)));
  const receipts = settled.map((outcome) => (outcome as PromiseFulfilledResult<UploadReceipt>).value);
  const byRoll = new Map(receipts.map((receipt) => [receipt.rollId, receipt]));

  const ordered = playable.flatMap((roll) => {
    const receipt = byRoll.get(roll.rollId);
    return receipt ? [receipt] : [];
  });
  await catalog.recordReceipts(organId, ordered);

  return {
    organId,
    published: ordered.length,
    totalBytes: ordered.reduce((sum, receipt) => sum + receipt.bytes, 0),
  };
}

export function setList(rolls: readonly MusicRoll[], minutes: number): MusicRoll[] {
  // A street organ roll plays for roughly three minutes; keep arrangers varied.
  const picked: MusicRoll[] = [];
  const arrangers = new Set<string>();
  for (const roll of rolls) {
    if (picked.length * 3 >= minutes) break;
    if (arrangers.has(roll.arranger) && arrangers.size < 4) continue;
    arrangers.add(roll.arranger);
    picked.push(roll);
  }
  return picked;
}
