// The demo workshop created on first start, so a fresh checkout shows a
// working board. Its links are printed at that first start only: like every
// token, the demo's exist only as hashes (settings keep its id and join code),
// and `npm run moderator-link` mints a new moderator link when one is lost.
import * as Y from 'yjs';
import { addCard, roomName } from '@nws/shared';
import type { WorkshopStore } from './store/workshopStore.js';
import type { UpdateLog } from './store/updateLog.js';

export interface DemoLinks {
  workshopId: string;
  joinCode: string;
  participant: string;
  /** Only when the workshop was just created: no token is kept to print again. */
  moderator: string | null;
  screen: string | null;
}

interface DemoRecord {
  workshopId: string;
}

const seedCards = ['Jobcenter', 'Jugendamt', 'Ausländerbehörde', 'Volkshochschule', 'Schuldnerberatung', 'Kita-Träger'];

/** The moderator's (or the screen's) link of a workshop for a token. */
export const moderatorLink = (base: string, workshopId: string, token: string) => `${base}/w/${workshopId}#k=${token}`;
const screenLink = (base: string, workshopId: string, token: string) => `${base}/w/${workshopId}/screen#k=${token}`;

/** Returns the demo workshop's links, creating it (with a few cards) if it does not exist. */
export function ensureDemoWorkshop(workshops: WorkshopStore, updateLog: UpdateLog, base: string): DemoLinks {
  const saved = workshops.getSetting('demo');
  if (saved) {
    const existing = workshops.get((JSON.parse(saved) as DemoRecord).workshopId);
    if (existing) {
      const participant = `${base}/join/${existing.joinCode}`;
      return { workshopId: existing.id, joinCode: existing.joinCode, participant, moderator: null, screen: null };
    }
  }
  const { workshop, moderatorToken, screenToken } = workshops.create({
    name: 'Demo: Netzwerk Alleinerziehende',
    targetGroup: 'Alleinerziehende mit Kindern unter 6 Jahren',
    area: 'Nordstadt',
  });
  const doc = new Y.Doc();
  seedCards.forEach((text, i) => addCard(doc, { text, x: (i % 3) * 244, y: Math.floor(i / 3) * 164 }));
  updateLog.append(roomName(workshop.id, 'board'), Y.encodeStateAsUpdate(doc));
  workshops.setSetting('demo', JSON.stringify({ workshopId: workshop.id } satisfies DemoRecord));
  return {
    workshopId: workshop.id,
    joinCode: workshop.joinCode,
    participant: `${base}/join/${workshop.joinCode}`,
    moderator: moderatorLink(base, workshop.id, moderatorToken),
    screen: screenLink(base, workshop.id, screenToken),
  };
}
