// expect: no-promise-as-value
// The customer note interpolates wheel.averageRpm(), an async method, so the ticket reads "[object Promise] rpm".
export interface ThrowSession {
  sessionId: string;
  student: string;
  wheelId: string;
  clayKg: number;
  pieces: number;
}

export interface KilnTicket {
  ticketId: string;
  student: string;
  pieces: number;
  glaze: string;
  note: string;
  firingCone: number;
}

interface WheelMotor {
  averageRpm(sessionId: string): Promise<number>;
  peakTorqueNm(sessionId: string): Promise<number>;
}

declare const wheels: {
  get(wheelId: string): WheelMotor;
};

declare const studio: {
  glazeFor(student: string): Promise<string>;
  nextTicketId(): Promise<string>;
  fileTicket(ticket: KilnTicket): Promise<void>;
  email(student: string, subject: string, body: string): Promise<void>;
};

const CONE_BY_GLAZE: Record<string, number> = {
  celadon: 10,
  tenmoku: 10,
  shino: 10,
  'majolica-white': 4,
  'raku-crackle': 6,
};

const RECYCLE_KG_PER_PIECE = 0.15;

function coneFor(glaze: string): number {
  return CONE_BY_GLAZE[glaze] ?? 6;
}

function recycledClay(session: ThrowSession): number {
  const used = session.pieces * 0.6;
  return Math.max(0, session.clayKg - used - session.pieces * RECYCLE_KG_PER_PIECE);
}

export async function ticketSession(session: ThrowSession): Promise<KilnTicket> {
  const wheel = wheels.get(session.wheelId);
  const [glaze, ticketId, torque] = await Promise.all([
    studio.glazeFor(session.student),
    studio.nextTicketId(),
    wheel.peakTorqueNm(session.sessionId),
  ]);

  const note =
    `Thrown on ${session.wheelId} at ${wheel.averageRpm(session.sessionId)} rpm` +
    (torque > 9 ? ' (heavy centering, check walls for S-cracks)' : '') +
    `; ${recycledClay(session).toFixed(1)} kg clay to reclaim.`;

  const ticket: KilnTicket = {
    ticketId,
    student: session.student,
    pieces: session.pieces,
    glaze,
    note,
    firingCone: coneFor(glaze),
  };

  await studio.fileTicket(ticket);
  await studio.email(
    session.student,
    `Kiln ticket ${ticketId}`,
    `${ticket.pieces} piece(s) queued for cone ${ticket.firingCone} with ${glaze}.\n${note}`,
  );
  return ticket;
}

export async function ticketEvening(sessions: readonly ThrowSession[]): Promise<KilnTicket[]> {
  const tickets: KilnTicket[] = [];
  for (const session of sessions) {
    if (session.pieces === 0) {
      continue;
    }
    tickets.push(await ticketSession(session));
  }
  return tickets;
}
