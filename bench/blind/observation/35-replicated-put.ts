// expect: no-unobserved-promise
// Writes go to all replicas at once but are awaited one at a time only until the quorum is reached; the remaining write promises (and any that reject while an earlier one is awaited) never get a handler.
interface WriteAck { replica: string; version: number }

declare class ReplicaClient {
  readonly id: string;
  put(key: string, value: Uint8Array): Promise<WriteAck>;
}

export class QuorumError extends Error {}

export async function replicatedPut(
  replicas: ReplicaClient[],
  key: string,
  value: Uint8Array,
  quorum: number,
): Promise<WriteAck[]> {
  const writes = replicas.map((r) => r.put(key, value));
  const acks: WriteAck[] = [];
  let failures = 0;

  for (const write of writes) {
    try {
      acks.push(await write);
    } catch {
      failures += 1;
    }
    if (acks.length >= quorum) {
      return acks;
    }
    if (failures > replicas.length - quorum) {
      throw new QuorumError(`only ${acks.length}/${quorum} acks for ${key}`);
    }
  }

  throw new QuorumError(`quorum ${quorum} not reached for ${key}`);
}
