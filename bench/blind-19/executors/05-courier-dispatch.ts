// expect: no-multiple-settle
// The Promise executor is async: if fetchDispatchToken() or the fetch throws before resolve/reject, the rejection is lost and the returned promise never settles.
export type BloodProduct = 'RBC' | 'PLT' | 'FFP' | 'CRYO';

export interface TransferRequest {
  fromBank: string;
  toHospital: string;
  product: BloodProduct;
  units: number;
  priority: 'routine' | 'urgent' | 'massive-transfusion';
}

export interface DispatchConfirmation {
  courierId: string;
  etaMinutes: number;
  coldChainSealId: string;
}

declare function fetchDispatchToken(region: string): Promise<string>;
declare const auditLog: { record(event: string, payload: unknown): void };

const DISPATCH_API = 'https://dispatch.bloodnet.example/api/v2/transfers';

function coldChainLimitMinutes(product: BloodProduct): number {
  switch (product) {
    case 'PLT':
      return 240;
    case 'RBC':
      return 30;
    case 'FFP':
    case 'CRYO':
      return 45;
  }
}

export function requestCourier(region: string, req: TransferRequest): Promise<DispatchConfirmation> {
  return new Promise<DispatchConfirmation>(async (resolve, reject) => {
    const token = await fetchDispatchToken(region);
    const res = await fetch(DISPATCH_API, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ ...req, maxTransitMinutes: coldChainLimitMinutes(req.product) }),
    });

    if (!res.ok) {
      reject(new Error(`dispatch refused (${res.status}) for ${req.units}u ${req.product}`));
      return;
    }

    const body = (await res.json()) as DispatchConfirmation;
    if (body.etaMinutes > coldChainLimitMinutes(req.product)) {
      reject(new Error(`courier ETA ${body.etaMinutes}m exceeds cold-chain window`));
      return;
    }

    auditLog.record('courier.dispatched', { ...req, courierId: body.courierId });
    resolve(body);
  });
}

export async function dispatchMassiveTransfusion(region: string, fromBank: string, toHospital: string): Promise<DispatchConfirmation[]> {
  const pack: Array<[BloodProduct, number]> = [
    ['RBC', 6],
    ['FFP', 6],
    ['PLT', 1],
  ];
  return Promise.all(
    pack.map(([product, units]) => requestCourier(region, { fromBank, toHospital, product, units, priority: 'massive-transfusion' })),
  );
}
