// The demo workshop created on first start, so a fresh checkout shows a
// working board. Its links are kept in the settings table and printed on
// every start; every other workshop's tokens exist only as hashes.
import * as Y from 'yjs';
import { addCard, roomName } from '@nws/shared';
import type { WorkshopStore } from './store/workshopStore.js';
import type { UpdateLog } from './store/updateLog.js';

export interface DemoLinks {
  workshopId: string;
  joinCode: string;
  moderator: string;
  participant: string;
  screen: string;
}

interface DemoRecord {
  workshopId: string;
  joinCode: string;
  moderatorToken: string;
  screenToken: string;
}

const seedCards = ['Jobcenter', 'Jugendamt', 'Ausländerbehörde', 'Volkshochschule', 'Schuldnerberatung', 'Kita-Träger'];

/** Builds the three links of a workshop. */
export function workshopLinks(base: string, r: DemoRecord): DemoLinks {
  return {
    workshopId: r.workshopId,
    joinCode: r.joinCode,
    moderator: `${base}/w/${r.workshopId}#k=${r.moderatorToken}`,
    participant: `${base}/join/${r.joinCode}`,
    screen: `${base}/w/${r.workshopId}/screen#k=${r.screenToken}`,
  };
}

/** Returns the demo workshop's links, creating it (with a few cards) if it does not exist. */
export function ensureDemoWorkshop(workshops: WorkshopStore, updateLog: UpdateLog, base: string): DemoLinks {
  const saved = workshops.getSetting('demo');
  if (saved) {
    const record = JSON.parse(saved) as DemoRecord;
    if (workshops.get(record.workshopId)) return workshopLinks(base, record);
  }
  const { workshop, moderatorToken, screenToken } = workshops.create({
    name: 'Demo: Netzwerk Alleinerziehende',
    targetGroup: 'Alleinerziehende mit Kindern unter 6 Jahren',
    area: 'Nordstadt',
  });
  const doc = new Y.Doc();
  seedCards.forEach((text, i) => addCard(doc, { text, x: (i % 3) * 244, y: Math.floor(i / 3) * 164 }));
  updateLog.append(roomName(workshop.id, 'board'), Y.encodeStateAsUpdate(doc));
  const record: DemoRecord = { workshopId: workshop.id, joinCode: workshop.joinCode, moderatorToken, screenToken };
  workshops.setSetting('demo', JSON.stringify(record));
  return workshopLinks(base, record);
}
