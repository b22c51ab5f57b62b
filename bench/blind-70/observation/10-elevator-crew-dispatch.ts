// expect: none
// correct: the certification lookup is started early but converted to a never-rejecting outcome on the spot, so it is safe to await after the other calls.
export interface Inspector {
  id: string;
  name: string;
  licenceClass: 'A' | 'B' | 'QEI';
}

export interface DispatchRequest {
  elevatorId: string;
  building: string;
  kind: 'annual' | 'five-year-load' | 'post-incident';
  preferredDate: string;
}

export interface CrewAssignment {
  elevatorId: string;
  date: string;
  lead: Inspector;
  helper: Inspector | undefined;
  certificationChecked: boolean;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

declare const roster: {
  availableOn(date: string): Promise<Inspector[]>;
  hold(inspectorId: string, date: string, elevatorId: string): Promise<void>;
};

declare const stateRegistry: {
  activeCertifications(elevatorId: string): Promise<Array<{ inspectorId: string; expires: string }>>;
};

declare const buildings: {
  accessWindow(building: string, date: string): Promise<{ open: boolean; contact: string }>;
};

function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  return promise.then(
    (value): Outcome<T> => ({ ok: true, value }),
    (error: unknown): Outcome<T> => ({ ok: false, error }),
  );
}

function requiredClass(kind: DispatchRequest['kind']): Inspector['licenceClass'][] {
  return kind === 'annual' ? ['A', 'B', 'QEI'] : ['QEI'];
}

export async function dispatchCrew(request: DispatchRequest): Promise<CrewAssignment> {
  const certifications = settle(stateRegistry.activeCertifications(request.elevatorId));

  const access = await buildings.accessWindow(request.building, request.preferredDate);
  if (!access.open) {
    throw new Error(`${request.building} closed on ${request.preferredDate}; contact ${access.contact}`);
  }

  const available = await roster.availableOn(request.preferredDate);
  const eligible = available.filter((i) => requiredClass(request.kind).includes(i.licenceClass));
  if (eligible.length === 0) {
    throw new Error(`no ${request.kind} inspector free on ${request.preferredDate}`);
  }

  const certs = await certifications;
  let lead = eligible[0];
  if (certs.ok) {
    const current = new Set(
      certs.value.filter((c) => c.expires >= request.preferredDate).map((c) => c.inspectorId),
    );
    lead = eligible.find((i) => current.has(i.id)) ?? lead;
  }

  const helper = request.kind === 'five-year-load' ? available.find((i) => i.id !== lead.id) : undefined;
  await roster.hold(lead.id, request.preferredDate, request.elevatorId);
  if (helper) {
    await roster.hold(helper.id, request.preferredDate, request.elevatorId);
  }

  return {
    elevatorId: request.elevatorId,
    date: request.preferredDate,
    lead,
    helper,
    certificationChecked: certs.ok,
  };
}
