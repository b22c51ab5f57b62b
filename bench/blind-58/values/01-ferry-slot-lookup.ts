// expect: none
// Every promise is awaited before it is used with ??, in template strings, in comparisons or in the JSON body; nothing promise-typed reaches a value position.
export interface SailingSlot {
  sailingId: string;
  dock: string;
  departs: string;
  carSpaces: number;
  footPassengers: number;
}

export interface BookingRequest {
  sailingId: string;
  vehicles: number;
  passengers: number;
}

declare const slotCache: {
  get(sailingId: string): Promise<SailingSlot | undefined>;
  put(slot: SailingSlot, ttlSeconds: number): Promise<void>;
};

declare const dockApi: {
  fetchSlot(sailingId: string): Promise<SailingSlot>;
  post(path: string, body: string): Promise<{ status: number; reference?: string }>;
};

declare const notifier: {
  sms(phone: string, text: string): Promise<void>;
};

async function resolveSlot(sailingId: string): Promise<SailingSlot> {
  const slot = (await slotCache.get(sailingId)) ?? (await dockApi.fetchSlot(sailingId));
  await slotCache.put(slot, 60);
  return slot;
}

function hasRoom(slot: SailingSlot, req: BookingRequest): boolean {
  return slot.carSpaces >= req.vehicles && slot.footPassengers >= req.passengers;
}

export async function bookCrossing(req: BookingRequest, phone: string): Promise<string | null> {
  const slot = await resolveSlot(req.sailingId);
  if (!hasRoom(slot, req)) {
    await notifier.sms(phone, `Sailing ${slot.sailingId} from ${slot.dock} at ${slot.departs} is full.`);
    return null;
  }

  const body = JSON.stringify({
    sailingId: slot.sailingId,
    dock: slot.dock,
    vehicles: req.vehicles,
    passengers: req.passengers,
  });
  const response = await dockApi.post("/bookings", body);
  if (response.status === 409) {
    const fresh = await dockApi.fetchSlot(req.sailingId);
    await slotCache.put(fresh, 60);
    return null;
  }
  if (response.status !== 201 || !response.reference) {
    throw new Error(`booking for ${slot.sailingId} failed with status ${response.status}`);
  }

  await notifier.sms(phone, `Booked ${req.vehicles} vehicle(s) on ${slot.departs} from ${slot.dock}: ref ${response.reference}`);
  return response.reference;
}
