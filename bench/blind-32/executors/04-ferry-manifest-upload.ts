// expect: none
// The write-stream executor resolves on 'finish' and rejects on 'error', removing the opposite listener each time, so it always settles once.
import { createWriteStream, type WriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";

export interface Passenger {
  ticketId: string;
  fullName: string;
  cabin: string | null;
  vehiclePlate: string | null;
  nationality: string;
}

export interface Sailing {
  sailingId: string;
  vessel: string;
  departsAt: Date;
  route: string;
}

declare const coastGuardPortal: {
  submitManifest(sailingId: string, filePath: string, sizeBytes: number): Promise<{ receipt: string }>;
};

declare const ticketing: {
  boardedPassengers(sailingId: string): Promise<Passenger[]>;
};

const MANIFEST_DIR = "/var/spool/ferry/manifests";

function csvEscape(value: string | null): string {
  if (value === null) return "";
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function manifestRow(p: Passenger): string {
  return [p.ticketId, p.fullName, p.cabin, p.vehiclePlate, p.nationality].map(csvEscape).join(",") + "\n";
}

function finishStream(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      stream.off("error", onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off("finish", onFinish);
      reject(err);
    };
    stream.once("finish", onFinish);
    stream.once("error", onError);
    stream.end();
  });
}

async function writeRows(stream: WriteStream, rows: Iterable<string>): Promise<void> {
  for (const row of rows) {
    if (!stream.write(row)) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = () => {
          stream.off("error", onError);
          resolve();
        };
        const onError = (err: Error) => {
          stream.off("drain", onDrain);
          reject(err);
        };
        stream.once("drain", onDrain);
        stream.once("error", onError);
      });
    }
  }
}

export async function exportManifest(sailing: Sailing): Promise<string> {
  const passengers = await ticketing.boardedPassengers(sailing.sailingId);
  const filePath = join(MANIFEST_DIR, `${sailing.sailingId}-${sailing.departsAt.toISOString().slice(0, 10)}.csv`);
  const stream = createWriteStream(filePath, { encoding: "utf8", flags: "w" });

  try {
    stream.write(`# vessel=${sailing.vessel} route=${sailing.route}\n`);
    stream.write("ticket,name,cabin,vehicle,nationality\n");
    await writeRows(stream, passengers.map(manifestRow));
    await finishStream(stream);
  } catch (err) {
    stream.destroy();
    throw err;
  }

  const { size } = await stat(filePath);
  const { receipt } = await coastGuardPortal.submitManifest(sailing.sailingId, filePath, size);
  return receipt;
}
