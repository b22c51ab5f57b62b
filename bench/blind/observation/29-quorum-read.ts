// expect: no-unobserved-promise
// Reads are sent to every replica, but only the first `quorum` of them are awaited; the remaining read promises are never given a handler.
interface Versioned { value: string; version: number }

declare class Replica {
  readonly name: string;
  read(key: string): Promise<Versioned>;
}

export async function quorumRead(replicas: Replica[], key: string, quorum: number): Promise<Versioned> {
  if (quorum > replicas.length) {
    throw new RangeError(`quorum ${quorum} exceeds ${replicas.length} replicas`);
  }

  const reads = replicas.map((r) => r.read(key));

  const answers = await Promise.all(reads.slice(0, quorum));

  let newest = answers[0]!;
  for (const answer of answers) {
    if (answer.version > newest.version) {
      newest = answer;
    }
  }
  return newest;
}
