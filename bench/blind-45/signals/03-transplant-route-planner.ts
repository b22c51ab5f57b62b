// expect: no-swallowed-abort
// planGroundLeg wraps every failure, including the caller's AbortError, in RouteUnavailableError, so a cancelled plan is treated as "no road route" and escalates to air transport.
export interface Hospital {
  code: string;
  name: string;
  lat: number;
  lon: number;
  helipad: boolean;
}

export interface TransportLeg {
  mode: 'road' | 'air';
  from: string;
  to: string;
  etaMinutes: number;
  provider: string;
}

export interface OrganShipment {
  shipmentId: string;
  organ: 'heart' | 'lung' | 'liver' | 'kidney' | 'pancreas';
  donorHospital: Hospital;
  recipientHospital: Hospital;
  crossClampAt: number;
}

export class RouteUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RouteUnavailableError';
  }
}

declare const routingService: {
  drivingTime(
    from: { lat: number; lon: number },
    to: { lat: number; lon: number },
    init: { signal?: AbortSignal; blueLights: boolean },
  ): Promise<{ minutes: number; provider: string }>;
};

declare const airDesk: {
  requestHelicopter(shipment: OrganShipment, init: { signal?: AbortSignal }): Promise<TransportLeg>;
};

// Maximum cold ischaemia time in hours, conservative end of accepted ranges.
const MAX_ISCHAEMIA_H: Record<OrganShipment['organ'], number> = {
  heart: 4,
  lung: 6,
  liver: 10,
  pancreas: 12,
  kidney: 24,
};

async function planGroundLeg(shipment: OrganShipment, signal?: AbortSignal): Promise<TransportLeg> {
  const { donorHospital: from, recipientHospital: to } = shipment;
  try {
    const { minutes, provider } = await routingService.drivingTime(from, to, { signal, blueLights: true });
    return { mode: 'road', from: from.code, to: to.code, etaMinutes: minutes, provider };
  } catch (err) {
    throw new RouteUnavailableError(`no road route ${from.code} → ${to.code}`, { cause: err });
  }
}

function remainingMinutes(shipment: OrganShipment, now = Date.now()): number {
  const limitMs = MAX_ISCHAEMIA_H[shipment.organ] * 3_600_000;
  return Math.floor((shipment.crossClampAt + limitMs - now) / 60_000);
}

export async function planTransport(shipment: OrganShipment, signal?: AbortSignal): Promise<TransportLeg> {
  const budget = remainingMinutes(shipment);
  if (budget <= 30) {
    throw new Error(`${shipment.organ} ${shipment.shipmentId} has only ${budget} min of viability left`);
  }

  try {
    const road = await planGroundLeg(shipment, signal);
    // Leave an hour for theatre preparation after arrival.
    if (road.etaMinutes + 60 <= budget) {
      return road;
    }
  } catch (err) {
    if (!(err instanceof RouteUnavailableError)) throw err;
  }

  if (!shipment.donorHospital.helipad || !shipment.recipientHospital.helipad) {
    throw new Error(`road too slow and no helipad at both ends for ${shipment.shipmentId}`);
  }
  return airDesk.requestHelicopter(shipment, { signal });
}
