// expect: no-multiple-settle
// The async executor awaits the animal lookup before any settle path exists; if that lookup rejects, the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface AdoptionApplication {
  applicationId: string;
  animalId: string;
  adopter: { name: string; email: string; phone?: string };
  fee: number;
}

export interface SignedContract {
  applicationId: string;
  animalId: string;
  signedAt: string;
  documentUrl: string;
}

interface Animal {
  id: string;
  name: string;
  species: 'dog' | 'cat' | 'rabbit' | 'other';
  microchip?: string;
  status: 'available' | 'on_hold' | 'adopted';
}

interface SignatureEnvelope extends EventEmitter {
  readonly id: string;
  send(): void;
}

declare const shelterDb: {
  getAnimal(animalId: string): Promise<Animal>;
  markAdopted(animalId: string, applicationId: string): Promise<void>;
};

declare const esign: {
  createEnvelope(input: { template: string; signerEmail: string; fields: Record<string, string> }): SignatureEnvelope;
};

export class ContractDeclinedError extends Error {
  constructor(readonly applicationId: string, reason: string) {
    super(`adoption contract for ${applicationId} declined: ${reason}`);
    this.name = 'ContractDeclinedError';
  }
}

function contractFields(app: AdoptionApplication, animal: Animal): Record<string, string> {
  return {
    adopterName: app.adopter.name,
    adopterPhone: app.adopter.phone ?? '',
    animalName: animal.name,
    species: animal.species,
    microchip: animal.microchip ?? 'not chipped',
    fee: app.fee.toFixed(2),
  };
}

export function requestSignature(application: AdoptionApplication): Promise<SignedContract> {
  return new Promise<SignedContract>(async (resolve, reject) => {
    const animal = await shelterDb.getAnimal(application.animalId);
    if (animal.status === 'adopted') {
      reject(new Error(`${animal.name} has already been adopted`));
      return;
    }

    const envelope = esign.createEnvelope({
      template: animal.species === 'dog' ? 'adoption-dog-v4' : 'adoption-general-v4',
      signerEmail: application.adopter.email,
      fields: contractFields(application, animal),
    });

    const cleanup = (): void => {
      envelope.off('completed', onCompleted);
      envelope.off('declined', onDeclined);
      envelope.off('expired', onExpired);
      envelope.off('error', onError);
    };
    const onCompleted = (doc: { url: string; completedAt: string }): void => {
      cleanup();
      resolve({
        applicationId: application.applicationId,
        animalId: animal.id,
        signedAt: doc.completedAt,
        documentUrl: doc.url,
      });
    };
    const onDeclined = (reason: string): void => {
      cleanup();
      reject(new ContractDeclinedError(application.applicationId, reason));
    };
    const onExpired = (): void => {
      cleanup();
      reject(new Error(`envelope ${envelope.id} expired before signing`));
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };

    envelope.on('completed', onCompleted);
    envelope.on('declined', onDeclined);
    envelope.on('expired', onExpired);
    envelope.on('error', onError);
    envelope.send();
  });
}

export async function finaliseAdoption(application: AdoptionApplication): Promise<SignedContract> {
  const contract = await requestSignature(application);
  await shelterDb.markAdopted(application.animalId, application.applicationId);
  return contract;
}
