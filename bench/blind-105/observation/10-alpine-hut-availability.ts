// expect: none
// Each availability lookup gets its rejection turned into a value by .then(ok, fail) at the moment it is created, so awaiting them one by one in the print loop never leaves a rejection without a handler.
import { stdout } from 'node:process';

export interface Hut {
  id: string;
  name: string;
  altitudeM: number;
}

export interface HutApi {
  freeBeds(hutId: string, night: string): Promise<number>;
}

type Lookup = { hut: Hut; beds: number } | { hut: Hut; error: string };

function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function printRouteAvailability(
  api: HutApi,
  huts: Hut[],
  nights: string[],
  out: NodeJS.WritableStream = stdout,
): Promise<{ bookable: boolean; unknown: string[] }> {
  if (huts.length !== nights.length) {
    throw new Error(`route has ${huts.length} huts but ${nights.length} nights`);
  }

  const lookups: Array<Promise<Lookup>> = huts.map((hut, i) =>
    api.freeBeds(hut.id, nights[i]).then(
      (beds): Lookup => ({ hut, beds }),
      (err: unknown): Lookup => ({ hut, error: describeError(err) }),
    ),
  );

  let bookable = true;
  const unknown: string[] = [];
  for (const [i, lookup] of lookups.entries()) {
    const result = await lookup;
    const label = `${nights[i]}  ${result.hut.name.padEnd(28)} ${String(result.hut.altitudeM).padStart(4)} m`;
    if ('error' in result) {
      unknown.push(result.hut.id);
      out.write(`${label}  ?? (${result.error})\n`);
      continue;
    }
    if (result.beds === 0) bookable = false;
    out.write(`${label}  ${result.beds === 0 ? 'FULL' : `${result.beds} free`}\n`);
  }

  out.write(bookable && unknown.length === 0 ? 'Route bookable.\n' : 'Route not confirmed.\n');
  return { bookable, unknown };
}
