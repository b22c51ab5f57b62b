// expect: no-promise-as-value
// The submission payload puts this.classifier.suggest(sample), an unawaited promise, into the classification field, so JSON.stringify sends {} to the nomenclature committee.
export interface FieldSample {
  fieldNumber: string;
  massGrams: number;
  lat: number;
  lon: number;
  foundOn: string;
  finder: string;
  photos: Uint8Array[];
}

export interface Classifier {
  suggest(sample: FieldSample): Promise<{ recclass: string; weathering: string; shock: string }>;
}

export interface PhotoStore {
  upload(name: string, jpeg: Uint8Array): Promise<string>;
}

export interface SubmissionReceipt {
  provisionalName: string;
  ticket: string;
}

function provisionalName(sample: FieldSample, region: string): string {
  return `${region} ${sample.foundOn.slice(2, 4)}${sample.fieldNumber.replace(/\D/g, '').padStart(3, '0')}`;
}

export class NomenclatureSubmitter {
  constructor(
    private readonly endpoint: string,
    private readonly classifier: Classifier,
    private readonly photos: PhotoStore,
    private readonly submitterId: string,
  ) {}

  async submit(sample: FieldSample, region: string): Promise<SubmissionReceipt> {
    const name = provisionalName(sample, region);
    const photoUrls: string[] = [];
    for (const [i, jpeg] of sample.photos.entries()) {
      photoUrls.push(await this.photos.upload(`${name.replace(/\s+/g, '-')}-${i + 1}.jpg`, jpeg));
    }

    const payload = {
      provisionalName: name,
      massGrams: sample.massGrams,
      findSite: { lat: sample.lat, lon: sample.lon, date: sample.foundOn },
      finder: sample.finder,
      classification: this.classifier.suggest(sample),
      photos: photoUrls,
      submittedBy: this.submitterId,
    };

    const res = await fetch(`${this.endpoint}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!res.ok) throw new Error(`committee rejected ${name}: HTTP ${res.status}`);
    const { ticket } = (await res.json()) as { ticket: string };
    return { provisionalName: name, ticket };
  }
}
