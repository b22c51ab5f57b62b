// expect: none
// Each Promise.allSettled batch is split by status: fulfilled values become shipments and rejected reasons are reported per request, so failed sample parcels are surfaced instead of silently counted as sent.
export interface SampleRequest {
  id: string;
  customerEmail: string;
  fragrances: string[];
  address: { line1: string; city: string; postcode: string; country: string };
}

export interface Shipment {
  requestId: string;
  trackingNo: string;
}

export interface FailedRequest {
  request: SampleRequest;
  reason: string;
}

export interface BatchSummary {
  batch: number;
  shipped: Shipment[];
  failed: FailedRequest[];
}

export interface Carrier {
  createParcel(to: SampleRequest['address'], weightGrams: number, ref: string): Promise<{ trackingNo: string }>;
}

const VIAL_GRAMS = 9;
const MAILER_GRAMS = 22;

async function shipOne(carrier: Carrier, req: SampleRequest): Promise<Shipment> {
  if (req.fragrances.length === 0) throw new Error('empty sample request');
  const weight = MAILER_GRAMS + VIAL_GRAMS * req.fragrances.length;
  const parcel = await carrier.createParcel(req.address, weight, `samples-${req.id}`);
  return { requestId: req.id, trackingNo: parcel.trackingNo };
}

export async function* mailInBatches(
  carrier: Carrier,
  requests: SampleRequest[],
  batchSize = 20,
): AsyncGenerator<BatchSummary> {
  for (let i = 0; i < requests.length; i += batchSize) {
    const batch = requests.slice(i, i + batchSize);
    const results = await Promise.allSettled(batch.map((r) => shipOne(carrier, r)));
    const shipped: Shipment[] = [];
    const failed: FailedRequest[] = [];
    results.forEach((result, idx) => {
      if (result.status === 'fulfilled') {
        shipped.push(result.value);
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        failed.push({ request: batch[idx]!, reason });
      }
    });
    yield { batch: i / batchSize + 1, shipped, failed };
  }
}

export async function runMailing(carrier: Carrier, requests: SampleRequest[]): Promise<FailedRequest[]> {
  const allFailed: FailedRequest[] = [];
  for await (const summary of mailInBatches(carrier, requests)) {
    console.log(`batch ${summary.batch}: ${summary.shipped.length} shipped, ${summary.failed.length} failed`);
    allFailed.push(...summary.failed);
  }
  return allFailed;
}
