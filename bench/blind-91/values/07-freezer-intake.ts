// expect: no-promise-as-value
// hasRoomFor() is async and its result is tested without await; a Promise is always truthy, so the 409 branch never runs and intake accepts specimens into a full freezer.
interface IntakeRequest {
  clientId: string;
  species: string;
  weightKg: number;
  tagNumber?: string;
  mount: 'shoulder' | 'full-body' | 'european' | 'rug';
}

interface Reply {
  status(code: number): Reply;
  send(body: unknown): void;
}

declare const freezer: {
  hasRoomFor(weightKg: number): Promise<boolean>;
  reserve(specimenId: string, weightKg: number): Promise<{ shelf: string }>;
};

declare const db: {
  createSpecimen(req: IntakeRequest): Promise<{ id: string }>;
  clientExists(clientId: string): Promise<boolean>;
};

const GAME_SPECIES_NEEDING_TAG = new Set(['white-tailed deer', 'elk', 'black bear', 'pronghorn', 'wild turkey']);

function validate(body: IntakeRequest): string | null {
  if (!body.clientId) return 'clientId is required';
  if (!(body.weightKg > 0)) return 'weightKg must be positive';
  if (GAME_SPECIES_NEEDING_TAG.has(body.species.toLowerCase()) && !body.tagNumber) {
    return `${body.species} requires a harvest tag number`;
  }
  return null;
}

export async function postIntake(body: IntakeRequest, reply: Reply): Promise<void> {
  const problem = validate(body);
  if (problem) {
    reply.status(400).send({ error: problem });
    return;
  }

  if (!(await db.clientExists(body.clientId))) {
    reply.status(404).send({ error: 'unknown client' });
    return;
  }

  const roomy = freezer.hasRoomFor(body.weightKg);
  if (!roomy) {
    reply.status(409).send({ error: 'freezer full, book a drop-off slot instead' });
    return;
  }

  const specimen = await db.createSpecimen(body);
  const { shelf } = await freezer.reserve(specimen.id, body.weightKg);

  reply.status(201).send({
    id: specimen.id,
    shelf,
    estimate: body.mount === 'full-body' ? '10-14 months' : body.mount === 'rug' ? '8-10 months' : '6-9 months',
  });
}
