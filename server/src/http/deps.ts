// What the HTTP layer is given (stores, rooms, config, log) and what a
// request carries through its middleware (`c.var`).
import type { Config } from '../config.js';
import type { Session, WorkshopStore } from '../store/workshopStore.js';
import type { RoomRegistry } from '../sync/roomRegistry.js';
import type { PrivateCardStore } from '../store/privateCards.js';
import type { AuditLog } from '../store/audit.js';
import type { VoteStore } from '../store/votes.js';
import type { UpdateLog } from '../store/updateLog.js';
import type { VersionStore } from '../store/versions.js';
import type { BinStore } from '../store/bin.js';
import type { TicketStore } from '../auth/tickets.js';
import type { SocketCounter } from '../sync/socketLimits.js';
import type { Coordinator, NetworkStore } from '../store/networkStore.js';
import type { StakeholderStore } from '../store/stakeholderStore.js';
import type { AnalysisAccess } from './stakeholders.js';
import type { MonitoringStore } from '../store/monitoringStore.js';
import type { MonitoringAccess } from './monitoring.js';

export interface AppDeps {
  config: Config;
  workshops: WorkshopStore;
  networks: NetworkStore;
  /** Partner registers and saved states of stakeholder analyses. */
  stakeholders: StakeholderStore;
  /** Indicators, values, statuses and assignments of networks. */
  monitoring: MonitoringStore;
  rooms: RoomRegistry;
  privateCards: PrivateCardStore;
  votes: VoteStore;
  updateLog: UpdateLog;
  audit: AuditLog;
  versions: VersionStore;
  bin: BinStore;
  /** One-time tickets for opening websockets. */
  tickets: TicketStore;
  /** Open websockets per session and per address. */
  sockets: SocketCounter;
  log: (msg: string, extra?: Record<string, unknown>) => void;
}

export type Env = {
  Variables: {
    /** Set for every request by the root app. */
    deps: AppDeps;
    /** Set by requireSession (and the sync endpoint's check): the caller. */
    session: Session;
    /** Set by requireCoordinator: the network's coordinator calling. */
    coordinator: Coordinator;
    /** Set by the sync endpoint's check: the socket place reserved for this upgrade. */
    socketPlace: number;
    /** Set on the stakeholder analysis's routes: whose analysis, and what the caller may do (http/stakeholders.ts). */
    analysis: AnalysisAccess;
    /** Set on the monitoring routes: whose monitoring, and whether the caller records (http/monitoring.ts). */
    monitoring: MonitoringAccess;
    /** Set by the sync endpoint's check: the room the socket joins. */
    socketRoom: string;
  };
};
