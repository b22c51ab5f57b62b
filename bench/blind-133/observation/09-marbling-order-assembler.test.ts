// expect: none
// The tray reservations and the pigment lookup are stored in variables but handed to a single Promise.all before anything else is awaited, so a rejection always has a handler.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Pigment {
  code: string;
  hue: string;
  gallDrops: number;
}

interface TrayReservation {
  trayId: string;
  sizeKind: 'carrageenan' | 'methylcellulose';
}

interface StudioApi {
  reserveTray(size: 'A3' | 'A4' | 'folio'): Promise<TrayReservation>;
  pigments(codes: string[]): Promise<Pigment[]>;
}

interface MarblingOrder {
  id: string;
  sheets: Array<{ size: 'A3' | 'A4' | 'folio'; pattern: string }>;
  palette: string[];
}

class MarblingOrderAssembler {
  constructor(private readonly studio: StudioApi) {}

  async assemble(order: MarblingOrder): Promise<{ trays: string[]; pigments: Pigment[] }> {
    const reservations = order.sheets.map((s) => this.studio.reserveTray(s.size));
    const pigmentLookup = this.studio.pigments(order.palette);
    const [pigments, ...trays] = await Promise.all([pigmentLookup, ...reservations]);

    const missing = order.palette.filter((code) => !pigments.some((p) => p.code === code));
    if (missing.length) throw new Error(`order ${order.id} needs unstocked pigments: ${missing.join(', ')}`);
    return { trays: trays.map((t) => t.trayId), pigments };
  }
}

class FakeStudio implements StudioApi {
  reserved: string[] = [];
  failTrays = false;
  private next = 1;

  async reserveTray(size: 'A3' | 'A4' | 'folio'): Promise<TrayReservation> {
    if (this.failTrays) throw new Error('all trays in use');
    const trayId = `${size}-${this.next++}`;
    this.reserved.push(trayId);
    return { trayId, sizeKind: 'carrageenan' };
  }

  async pigments(codes: string[]): Promise<Pigment[]> {
    return codes.filter((c) => c !== 'ox-gall-blue').map((code) => ({ code, hue: code, gallDrops: 3 }));
  }
}

describe('MarblingOrderAssembler', () => {
  let studio: FakeStudio;
  let assembler: MarblingOrderAssembler;

  before(() => {
    studio = new FakeStudio();
    assembler = new MarblingOrderAssembler(studio);
  });

  after(() => {
    studio.reserved = [];
  });

  test('reserves one tray per sheet and returns the palette', async () => {
    const result = await assembler.assemble({
      id: 'ord-1',
      sheets: [
        { size: 'A3', pattern: 'nonpareil' },
        { size: 'A4', pattern: 'stone' },
      ],
      palette: ['indigo', 'rose-madder'],
    });
    assert.deepEqual(result.trays, ['A3-1', 'A4-2']);
    assert.equal(result.pigments.length, 2);
  });

  test('rejects orders that need pigments the studio lacks', async () => {
    await assert.rejects(
      assembler.assemble({ id: 'ord-2', sheets: [{ size: 'folio', pattern: 'bouquet' }], palette: ['ox-gall-blue'] }),
      /unstocked pigments: ox-gall-blue/,
    );
  });

  test('propagates tray reservation failures', async () => {
    studio.failTrays = true;
    await assert.rejects(
      assembler.assemble({ id: 'ord-3', sheets: [{ size: 'A4', pattern: 'gel-git' }], palette: ['indigo'] }),
      /all trays in use/,
    );
    studio.failTrays = false;
  });
});
