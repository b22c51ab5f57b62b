// expect: no-promise-as-value
// The response object nests guides.getGuide(...) without await, so res.json serialises the pending promise as {} instead of the guide.
import type { IncomingHttpHeaders } from 'node:http';

interface Request {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

interface Response {
  status(code: number): Response;
  json(body: unknown): void;
}

interface Trek {
  id: string;
  name: string;
  guideId: string;
  llamaIds: string[];
  startsAt: string;
}

interface Guide {
  id: string;
  name: string;
  languages: string[];
  phone: string;
}

interface Llama {
  id: string;
  name: string;
  maxPackKg: number;
}

declare const treks: { byId(id: string): Promise<Trek | undefined> };
declare const guides: { getGuide(id: string): Promise<Guide> };
declare const herd: { byIds(ids: string[]): Promise<Llama[]> };

export async function getTrekDetails(req: Request, res: Response): Promise<void> {
  const trek = await treks.byId(req.params.trekId);
  if (!trek) {
    res.status(404).json({ error: `trek ${req.params.trekId} not found` });
    return;
  }

  const llamas = await herd.byIds(trek.llamaIds);
  const capacityKg = llamas.reduce((sum, l) => sum + l.maxPackKg, 0);

  res.json({
    id: trek.id,
    name: trek.name,
    startsAt: trek.startsAt,
    guide: guides.getGuide(trek.guideId),
    llamas: llamas.map((l) => ({ id: l.id, name: l.name })),
    packCapacityKg: capacityKg,
  });
}

export async function listTreks(req: Request, res: Response): Promise<void> {
  const ids = String(req.query.ids ?? '')
    .split(',')
    .filter(Boolean);
  const found = await Promise.all(ids.map((id) => treks.byId(id)));
  res.json(found.filter((t): t is Trek => t !== undefined).map((t) => ({ id: t.id, name: t.name })));
}
