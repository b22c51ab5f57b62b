// expect: no-unobserved-promise
// All view uploads start at once but only uploads[0] is awaited before two more awaits, so a failing secondary upload rejects with nothing attached.
export interface XrayView {
  label: 'lateral' | 'ventrodorsal' | 'dorsoventral' | 'oblique' | 'skyline';
  dicom: Uint8Array;
}

export interface XrayStudy {
  studyId: string;
  patient: { name: string; species: string; weightKg: number };
  referringVet: string;
  views: XrayView[];
  urgent: boolean;
}

export interface StudyReceipt {
  studyId: string;
  instanceUids: string[];
  readRequestId: string;
  turnaroundHours: number;
}

declare const pacs: {
  upload(studyId: string, view: XrayView): Promise<string>;
};

declare const teleradiology: {
  requestRead(studyId: string, primaryUid: string, opts: { urgent: boolean; history: string }): Promise<{ requestId: string; etaHours: number }>;
};

declare const clinicDb: {
  history(patientName: string): Promise<string>;
  saveReceipt(receipt: StudyReceipt): Promise<void>;
};

const VIEW_PRIORITY: Record<XrayView['label'], number> = {
  lateral: 0,
  ventrodorsal: 1,
  dorsoventral: 2,
  oblique: 3,
  skyline: 4,
};

export async function submitStudy(study: XrayStudy): Promise<StudyReceipt> {
  if (study.views.length === 0) {
    throw new Error(`study ${study.studyId} has no views`);
  }
  const ordered = [...study.views].sort((a, b) => VIEW_PRIORITY[a.label] - VIEW_PRIORITY[b.label]);
  const uploads = ordered.map((view) => pacs.upload(study.studyId, view));

  // The radiologist can start on the primary view while the others finish.
  const primaryUid = await uploads[0];
  const history = await clinicDb.history(study.patient.name);
  const read = await teleradiology.requestRead(study.studyId, primaryUid, {
    urgent: study.urgent,
    history: `${study.patient.species}, ${study.patient.weightKg} kg. ${history}`,
  });

  const remainingUids = await Promise.all(uploads.slice(1));

  const receipt: StudyReceipt = {
    studyId: study.studyId,
    instanceUids: [primaryUid, ...remainingUids],
    readRequestId: read.requestId,
    turnaroundHours: read.etaHours,
  };
  await clinicDb.saveReceipt(receipt);
  return receipt;
}
