// expect: no-promise-as-value
// scale.readKg() is async, but its promise goes straight into the parcel object; JSON.stringify turns it into {}, so the carrier receives labels with no weight.
export interface SaltSack {
  lot: string;
  grade: 'fleur-de-sel' | 'sel-gris' | 'flaky';
  nominalKg: number;
  harvestedOn: string;
}

export interface Consignee {
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
}

export interface LabelResult {
  trackingNo: string;
  labelPdfUrl: string;
}

declare const scale: {
  tare(): Promise<void>;
  readKg(): Promise<number>;
};

const CARRIER_API = 'https://api.parcel-carrier.example/v3';

function hsCodeFor(grade: SaltSack['grade']): string {
  // HS 2501: salt, including table salt
  return grade === 'fleur-de-sel' ? '250100910' : '250100990';
}

export async function createLabel(
  sack: SaltSack,
  to: Consignee,
  apiKey: string,
): Promise<LabelResult> {
  await scale.tare();

  const parcel = {
    reference: `${sack.lot}-${sack.grade}`,
    weightKg: scale.readKg(),
    contents: [
      {
        description: `Sea salt, ${sack.grade}, harvested ${sack.harvestedOn}`,
        hsCode: hsCodeFor(sack.grade),
        quantity: 1,
        declaredKg: sack.nominalKg,
      },
    ],
  };

  const res = await fetch(`${CARRIER_API}/shipments`, {
    method: 'POST',
    headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({
      sender: { name: 'Marais de Guérande Coop', country: 'FR' },
      recipient: to,
      parcels: [parcel],
      service: to.country === 'FR' ? 'standard' : 'international-economy',
    }),
  });
  if (!res.ok) {
    throw new Error(`label for ${sack.lot} rejected: ${res.status} ${await res.text()}`);
  }
  const body = (await res.json()) as { tracking_number: string; label_url: string };
  return { trackingNo: body.tracking_number, labelPdfUrl: body.label_url };
}

export async function labelOrder(
  sacks: SaltSack[],
  to: Consignee,
  apiKey: string,
): Promise<LabelResult[]> {
  const labels: LabelResult[] = [];
  for (const sack of sacks) {
    labels.push(await createLabel(sack, to, apiKey));
  }
  return labels;
}
