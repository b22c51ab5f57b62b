// expect: no-reused-settled-promise
// withBackoff receives an already-started promise and awaits that same promise on every attempt, so a failed safety-duplicate upload is never re-sent; each "retry" just re-reads the same rejection.
export interface DuplicatePacket {
  accession: string;
  seeds: number;
  moisturePct: number;
  packedAt: string;
}

export interface Shipment {
  shipmentId: string;
  destination: 'svalbard' | 'partner-bank';
  packets: DuplicatePacket[];
}

interface Manifest {
  shipmentId: string;
  receiptNo: string;
  acceptedPackets: number;
}

declare const depositApi: {
  submitManifest(shipment: Shipment): Promise<Manifest>;
  confirmPickup(shipmentId: string, courier: string): Promise<void>;
};
declare const log: { warn(msg: string): void; info(msg: string): void };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function withBackoff<T>(operation: Promise<T>, label: string, attempts = 4): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      log.warn(`${label} failed (attempt ${attempt}/${attempts}): ${String(err)}`);
      if (attempt < attempts) await sleep(500 * 2 ** attempt);
    }
  }
  throw new Error(`${label} gave up after ${attempts} attempts`, { cause: lastError });
}

function validate(shipment: Shipment): string[] {
  const problems: string[] = [];
  for (const p of shipment.packets) {
    if (p.moisturePct > 7) problems.push(`${p.accession}: moisture ${p.moisturePct}% above 7%`);
    if (p.seeds < 500) problems.push(`${p.accession}: only ${p.seeds} seeds`);
  }
  return problems;
}

export async function dispatchDuplicates(shipment: Shipment, courier: string): Promise<Manifest> {
  const problems = validate(shipment);
  if (problems.length > 0) {
    throw new Error(`shipment ${shipment.shipmentId} not ready:\n${problems.join('\n')}`);
  }

  const manifest = await withBackoff(depositApi.submitManifest(shipment), `manifest ${shipment.shipmentId}`);
  if (manifest.acceptedPackets !== shipment.packets.length) {
    log.warn(`${shipment.destination} accepted ${manifest.acceptedPackets}/${shipment.packets.length} packets`);
  }

  await withBackoff(depositApi.confirmPickup(shipment.shipmentId, courier), `pickup ${shipment.shipmentId}`, 2);
  log.info(`shipment ${shipment.shipmentId} receipt ${manifest.receiptNo}`);
  return manifest;
}
