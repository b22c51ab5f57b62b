// expect: no-unobserved-promise
// openUplink starts the ephemeris fetch first but only awaits it after authenticating and reserving the transponder; a rejection in the meantime has no handler.
export interface Ephemeris {
  satellite: string;
  epoch: string;
  azimuthDeg: number;
  elevationDeg: number;
  dopplerHz: number;
}

export interface TransponderLease {
  leaseId: string;
  transponder: string;
  uplinkMHz: number;
  expiresAt: Date;
}

export interface UplinkSession {
  lease: TransponderLease;
  pointing: { azimuthDeg: number; elevationDeg: number };
  carrierMHz: number;
}

declare const flightDynamics: {
  ephemeris(satellite: string, at: Date): Promise<Ephemeris>;
};

declare const operatorAuth: {
  authenticate(stationId: string): Promise<{ token: string; operator: string }>;
};

declare const capacityDesk: {
  reserve(token: string, satellite: string, minutes: number): Promise<TransponderLease>;
  release(token: string, leaseId: string): Promise<void>;
};

declare const antennaControl: {
  point(azimuthDeg: number, elevationDeg: number): Promise<void>;
  carrierOn(frequencyMHz: number, powerDbw: number): Promise<void>;
};

const MIN_ELEVATION_DEG = 5;

export class UplinkRefused extends Error {
  readonly name = 'UplinkRefused';
}

export async function openUplink(
  stationId: string,
  satellite: string,
  minutes: number,
  powerDbw: number,
): Promise<UplinkSession> {
  const ephemerisRequest = flightDynamics.ephemeris(satellite, new Date());

  const { token, operator } = await operatorAuth.authenticate(stationId);
  if (powerDbw > 60 && !operator.endsWith('@noc')) {
    throw new UplinkRefused(`operator ${operator} may not exceed 60 dBW`);
  }

  const lease = await capacityDesk.reserve(token, satellite, minutes);
  try {
    const ephemeris = await ephemerisRequest;
    if (ephemeris.elevationDeg < MIN_ELEVATION_DEG) {
      throw new UplinkRefused(`${satellite} is ${ephemeris.elevationDeg.toFixed(1)} deg above horizon`);
    }

    await antennaControl.point(ephemeris.azimuthDeg, ephemeris.elevationDeg);
    const carrierMHz = lease.uplinkMHz + ephemeris.dopplerHz / 1e6;
    await antennaControl.carrierOn(carrierMHz, powerDbw);

    return {
      lease,
      pointing: { azimuthDeg: ephemeris.azimuthDeg, elevationDeg: ephemeris.elevationDeg },
      carrierMHz,
    };
  } catch (err) {
    await capacityDesk.release(token, lease.leaseId);
    throw err;
  }
}

export function describeSession(session: UplinkSession): string {
  const { lease, pointing, carrierMHz } = session;
  return [
    `lease ${lease.leaseId} on ${lease.transponder}`,
    `carrier ${carrierMHz.toFixed(6)} MHz`,
    `az ${pointing.azimuthDeg.toFixed(2)} el ${pointing.elevationDeg.toFixed(2)}`,
    `expires ${lease.expiresAt.toISOString()}`,
  ].join(' | ');
}
