// expect: none
// Correct: every async value is awaited before it is interpolated into the label or placed in the JSON body.
export interface RockSample {
  id: string;
  mission: 'A11' | 'A12' | 'A14' | 'A15' | 'A16' | 'A17';
  station: string;
  type: 'basalt' | 'breccia' | 'regolith' | 'anorthosite';
}

declare const vaultScale: {
  weighGrams(sampleId: string): Promise<number>;
};

declare const cabinetRegistry: {
  cabinetFor(sampleId: string): Promise<{ cabinetId: string; shelf: number }>;
};

declare const custodyApi: {
  post(path: string, body: string): Promise<{ receipt: string }>;
};

declare const labelPrinter: {
  print(zpl: string): Promise<void>;
};

export interface CustodyTransfer {
  sampleId: string;
  fromCurator: string;
  toLab: string;
  purpose: 'thin-section' | 'isotope' | 'display';
}

function tolerance(purpose: CustodyTransfer['purpose']): number {
  // Thin sections lose mass to cutting; everything else must come back within 5 mg.
  return purpose === 'thin-section' ? 0.5 : 0.005;
}

export async function checkOut(sample: RockSample, transfer: CustodyTransfer): Promise<string> {
  const [grams, location] = await Promise.all([
    vaultScale.weighGrams(sample.id),
    cabinetRegistry.cabinetFor(sample.id),
  ]);

  const label = [
    '^XA',
    `^FO40,30^A0N,36^FD${sample.mission}-${sample.id}^FS`,
    `^FO40,80^A0N,28^FD${sample.type} / station ${sample.station}^FS`,
    `^FO40,120^A0N,28^FD${grams.toFixed(3)} g  cab ${location.cabinetId}:${location.shelf}^FS`,
    `^FO40,160^A0N,24^FDto ${transfer.toLab} (${transfer.purpose})^FS`,
    '^XZ',
  ].join('\n');
  await labelPrinter.print(label);

  const body = JSON.stringify({
    sampleId: sample.id,
    outGrams: grams,
    cabinet: location.cabinetId,
    from: transfer.fromCurator,
    to: transfer.toLab,
    purpose: transfer.purpose,
    toleranceGrams: tolerance(transfer.purpose),
    at: new Date().toISOString(),
  });
  const { receipt } = await custodyApi.post('/transfers/out', body);
  return receipt;
}

export async function checkIn(sample: RockSample, transfer: CustodyTransfer, outGrams: number): Promise<string> {
  const backGrams = await vaultScale.weighGrams(sample.id);
  const delta = outGrams - backGrams;
  const flagged = delta > tolerance(transfer.purpose);

  const { receipt } = await custodyApi.post(
    '/transfers/in',
    JSON.stringify({ sampleId: sample.id, backGrams, deltaGrams: delta, flagged, from: transfer.toLab }),
  );
  if (flagged) {
    await labelPrinter.print(`^XA^FO40,30^A0N,36^FDMASS CHECK ${sample.id}: -${(delta * 1000).toFixed(1)} mg^FS^XZ`);
  }
  return receipt;
}
