// expect: none
// syncInspections builds all upload promises in one synchronous map and hands them straight to Promise.all, so none is ever left without a handler.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface HiveInspection {
  hiveId: string;
  rooftop: string;
  framesOfBrood: number;
  queenSeen: boolean;
  varroaPer100: number;
  photos: string[];
}

interface UploadReceipt {
  hiveId: string;
  recordId: string;
}

interface ApiaryApi {
  upload(record: Record<string, unknown>): Promise<UploadReceipt>;
  attachPhotos(recordId: string, photos: string[]): Promise<void>;
}

function toRecord(i: HiveInspection): Record<string, unknown> {
  return {
    hive: i.hiveId,
    site: i.rooftop,
    brood: i.framesOfBrood,
    queen: i.queenSeen,
    varroa: i.varroaPer100,
    treat: i.varroaPer100 >= 3,
  };
}

async function syncInspections(inspections: readonly HiveInspection[], api: ApiaryApi): Promise<UploadReceipt[]> {
  const uploads = inspections.map((inspection) => api.upload(toRecord(inspection)));
  const receipts = await Promise.all(uploads);
  for (const [i, receipt] of receipts.entries()) {
    const photos = inspections[i].photos;
    if (photos.length > 0) {
      await api.attachPhotos(receipt.recordId, photos);
    }
  }
  return receipts;
}

class FakeApiaryApi implements ApiaryApi {
  uploaded: Record<string, unknown>[] = [];
  photoCalls: Array<[string, number]> = [];
  failHive: string | undefined;

  async upload(record: Record<string, unknown>): Promise<UploadReceipt> {
    await delay(Math.random() * 5);
    if (record.hive === this.failHive) throw new Error(`rooftop ${String(record.site)} offline`);
    this.uploaded.push(record);
    return { hiveId: String(record.hive), recordId: `rec-${String(record.hive)}` };
  }

  async attachPhotos(recordId: string, photos: string[]): Promise<void> {
    this.photoCalls.push([recordId, photos.length]);
  }
}

const inspections: HiveInspection[] = [
  { hiveId: 'H1', rooftop: 'library', framesOfBrood: 6, queenSeen: true, varroaPer100: 1, photos: ['a.jpg'] },
  { hiveId: 'H2', rooftop: 'library', framesOfBrood: 3, queenSeen: false, varroaPer100: 4, photos: [] },
  { hiveId: 'H3', rooftop: 'town-hall', framesOfBrood: 7, queenSeen: true, varroaPer100: 2, photos: ['b.jpg', 'c.jpg'] },
];

describe('urban apiary inspection sync', () => {
  let api: FakeApiaryApi;

  beforeEach(() => {
    api = new FakeApiaryApi();
  });

  it('returns receipts in inspection order even when uploads finish out of order', async () => {
    const receipts = await syncInspections(inspections, api);
    assert.deepEqual(receipts.map((r) => r.hiveId), ['H1', 'H2', 'H3']);
    assert.equal(api.uploaded.length, 3);
  });

  it('flags hives over the varroa treatment threshold', async () => {
    await syncInspections(inspections, api);
    const treated = api.uploaded.filter((r) => r.treat).map((r) => r.hive);
    assert.deepEqual(treated, ['H2']);
  });

  it('attaches photos only for inspections that have them', async () => {
    await syncInspections(inspections, api);
    assert.deepEqual(api.photoCalls, [['rec-H1', 1], ['rec-H3', 2]]);
  });

  it('fails the sync when one rooftop is offline and attaches no photos', async () => {
    api.failHive = 'H3';
    await assert.rejects(syncInspections(inspections, api), /town-hall offline/);
    assert.deepEqual(api.photoCalls, []);
  });
});
