// Opens the embedded SQLite database with the durability settings the sync
// layer relies on: WAL, synchronous=FULL (a committed update survives power
// loss), secure_delete (deleted workshop content is overwritten, not left in
// free pages), and foreign keys.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type DB = Database.Database;

const migrations: string[] = [
  `CREATE TABLE workshops (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     target_group TEXT NOT NULL,
     area TEXT NOT NULL,
     join_code TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     token_hash TEXT NOT NULL UNIQUE,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     role TEXT NOT NULL CHECK (role IN ('moderator','participant','screen')),
     name TEXT NOT NULL,
     organisation TEXT NOT NULL,
     level TEXT CHECK (level IN ('decision','operative')),
     color TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX sessions_workshop ON sessions(workshop_id);
   CREATE TABLE updates (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     room TEXT NOT NULL,
     data BLOB NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX updates_room ON updates(room, id);
   CREATE TABLE snapshots (
     room TEXT PRIMARY KEY,
     data BLOB NOT NULL,
     upto_id INTEGER NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE settings (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );`,
  // Private cards of card queries: held here, outside every shared document,
  // until the moderator reveals them. The audit log records moderator commands.
  `CREATE TABLE private_cards (
     id TEXT PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     query_id TEXT NOT NULL,
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     text TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX private_cards_query ON private_cards(workshop_id, query_id, session_id);
   CREATE TABLE audit (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     session_id TEXT NOT NULL,
     action TEXT NOT NULL,
     detail TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX audit_workshop ON audit(workshop_id, id);`,
  // Votes of open rounds (hidden until the round closes, then tallied and
  // deleted) and the people named in an imported workshop's content.
  `CREATE TABLE votes (
     round_id TEXT NOT NULL,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     item_id TEXT NOT NULL,
     value TEXT NOT NULL,
     PRIMARY KEY (round_id, session_id, item_id)
   );
   CREATE TABLE imported_people (
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     session_id TEXT NOT NULL,
     name TEXT NOT NULL,
     organisation TEXT NOT NULL,
     level TEXT,
     role TEXT NOT NULL,
     PRIMARY KEY (workshop_id, session_id)
   );`,
  // Versions of a workshop's board (snapshots with a brief index of what it
  // held) and the bin of cards deleted from the live board. Both go with the
  // workshop (cascade), bounded by count and age (see store/versions.ts).
  `CREATE TABLE versions (
     id TEXT PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     room TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     trigger TEXT NOT NULL CHECK (trigger IN ('step','reveal','round','restore','auto','manual')),
     label TEXT NOT NULL,
     summary TEXT NOT NULL,
     board_index TEXT NOT NULL,
     snapshot BLOB NOT NULL
   );
   CREATE INDEX versions_workshop ON versions(workshop_id, created_at);
   CREATE TABLE bin (
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     card_id TEXT NOT NULL,
     card TEXT NOT NULL,
     author_id TEXT,
     deleted_by TEXT,
     deleted_at INTEGER NOT NULL,
     PRIMARY KEY (workshop_id, card_id)
   );`,
  // Sessions under the moderation's control: a removed person's or revoked
  // link's session keeps its row (names in the content stay readable) but its
  // token stops working; participant and screen tokens expire a while after
  // the workshop's last activity. The demo's links are no longer kept in
  // plain text (only its id and join code stay in settings).
  `ALTER TABLE sessions ADD COLUMN revoked_at INTEGER;
   ALTER TABLE workshops ADD COLUMN last_active_at INTEGER;
   UPDATE workshops SET last_active_at = created_at;
   UPDATE settings SET value = json_remove(value, '$.moderatorToken', '$.screenToken') WHERE key = 'demo';`,
  // A phone that wrote a card offline sends it again until it hears back: the
  // key it chose makes the second arrival return the first card, not a copy.
  `ALTER TABLE private_cards ADD COLUMN client_key TEXT;
   CREATE UNIQUE INDEX private_cards_client_key ON private_cards(query_id, session_id, client_key) WHERE client_key IS NOT NULL;`,
  // Networks: every workshop belongs to one, in one of its bodies (steering
  // group, working group, plenary), with a date and a status. Coordinators
  // hold a network's link and moderate all its workshops (through a
  // moderator session per workshop, marked with their id). Every workshop
  // that existed before becomes a network of one: a plenary holding just it.
  `CREATE TABLE networks (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     target_group TEXT NOT NULL,
     area TEXT NOT NULL,
     standalone INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE network_bodies (
     id TEXT PRIMARY KEY,
     network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
     kind TEXT NOT NULL CHECK (kind IN ('steering','working','plenary')),
     name TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX network_bodies_network ON network_bodies(network_id);
   CREATE TABLE coordinators (
     id TEXT PRIMARY KEY,
     network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL,
     revoked_at INTEGER
   );
   ALTER TABLE workshops ADD COLUMN network_id TEXT REFERENCES networks(id) ON DELETE CASCADE;
   ALTER TABLE workshops ADD COLUMN body_id TEXT REFERENCES network_bodies(id);
   ALTER TABLE workshops ADD COLUMN scheduled_at INTEGER;
   ALTER TABLE workshops ADD COLUMN status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('planned','running','done'));
   CREATE INDEX workshops_network ON workshops(network_id);
   ALTER TABLE sessions ADD COLUMN coordinator_id TEXT REFERENCES coordinators(id) ON DELETE SET NULL;
   INSERT INTO networks (id, name, target_group, area, standalone, created_at)
     SELECT id, name, target_group, area, 1, created_at FROM workshops;
   INSERT INTO network_bodies (id, network_id, kind, name, created_at)
     SELECT 'plenary-' || id, id, 'plenary', 'Plenum', created_at FROM workshops;
   UPDATE workshops SET network_id = id, body_id = 'plenary-' || id;`,
  // Resolutions of a network's workshops on their way through the steering
  // group: forwarded (with the text as it was then), then decided.
  `CREATE TABLE network_resolutions (
     id TEXT PRIMARY KEY,
     network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     resolution_id TEXT NOT NULL,
     text TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('forwarded','confirmed','sent_back','rejected')),
     reason TEXT,
     forwarded_at INTEGER NOT NULL,
     decided_at INTEGER,
     UNIQUE (workshop_id, resolution_id)
   );
   CREATE INDEX network_resolutions_network ON network_resolutions(network_id);`,
  // The partner register of a network (organisations, no personal data), the
  // saved states of its stakeholder analysis, and where and how the steering
  // group decided a resolution (its workshop, a vote's tally).
  `CREATE TABLE network_partners (
     id TEXT PRIMARY KEY,
     network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     name_key TEXT NOT NULL,
     kind TEXT NOT NULL DEFAULT '',
     contact_role TEXT NOT NULL DEFAULT '',
     source TEXT NOT NULL CHECK (source IN ('manual','invitation','joined')),
     created_at INTEGER NOT NULL,
     UNIQUE (network_id, name_key)
   );
   CREATE TABLE stakeholder_versions (
     id TEXT PRIMARY KEY,
     network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
     label TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     created_by TEXT NOT NULL,
     state TEXT NOT NULL
   );
   CREATE INDEX stakeholder_versions_network ON stakeholder_versions(network_id, created_at);
   ALTER TABLE network_resolutions ADD COLUMN decided_in TEXT REFERENCES workshops(id) ON DELETE SET NULL;
   ALTER TABLE network_resolutions ADD COLUMN tally TEXT;`,
  // Monitoring (per network and goal id, so a goal carried into a later
  // workshop keeps its history): measurable indicators with their values, a
  // goal's overridden status or an activity's progress, and assignments.
  `CREATE TABLE monitoring_indicators (
     id TEXT PRIMARY KEY,
     network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
     goal_id TEXT NOT NULL,
     label TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('quantity','quality','date')),
     unit TEXT NOT NULL DEFAULT '',
     baseline_value REAL,
     baseline_date TEXT,
     target_value REAL,
     target_due TEXT,
     source TEXT NOT NULL DEFAULT '',
     created_at INTEGER NOT NULL
   );
   CREATE INDEX monitoring_indicators_network ON monitoring_indicators(network_id, goal_id);
   CREATE TABLE monitoring_values (
     id TEXT PRIMARY KEY,
     indicator_id TEXT NOT NULL REFERENCES monitoring_indicators(id) ON DELETE CASCADE,
     day TEXT NOT NULL,
     value REAL,
     assessment TEXT CHECK (assessment IN ('reached','on_track','at_risk','off_track')),
     source TEXT NOT NULL DEFAULT '',
     comment TEXT NOT NULL DEFAULT '',
     recorded_by TEXT NOT NULL,
     recorded_at INTEGER NOT NULL
   );
   CREATE INDEX monitoring_values_indicator ON monitoring_values(indicator_id, day);
   CREATE TABLE monitoring_goals (
     network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
     goal_id TEXT NOT NULL,
     override_status TEXT,
     override_reason TEXT,
     override_by TEXT,
     override_at INTEGER,
     activity_status TEXT CHECK (activity_status IN ('open','in_progress','done','dropped')),
     organisation TEXT NOT NULL DEFAULT '',
     due TEXT,
     changed_at INTEGER,
     PRIMARY KEY (network_id, goal_id)
   );
   CREATE TABLE assignments (
     id TEXT PRIMARY KEY,
     network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
     workshop_id TEXT REFERENCES workshops(id) ON DELETE SET NULL,
     source TEXT,
     source_text TEXT NOT NULL DEFAULT '',
     what TEXT NOT NULL,
     organisation TEXT NOT NULL,
     person TEXT,
     due TEXT,
     goal_id TEXT,
     status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','done','dropped')),
     note TEXT NOT NULL DEFAULT '',
     created_by TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX assignments_network ON assignments(network_id, created_at);
   ALTER TABLE networks ADD COLUMN neglect_days INTEGER NOT NULL DEFAULT 90;`,
];

/** How many schema steps there are (a database at this user_version is current). */
export const SCHEMA_VERSION = migrations.length;
/** The schema step that brought networks (a database below it was written before they existed). */
export const NETWORKS_STEP = migrations.findIndex((m) => m.includes('CREATE TABLE networks'));

/**
 * Opens (creating if needed) the database file and brings its schema up to
 * date — or, with `upTo` (tests of migrations), to that many steps.
 */
export function openDatabase(file: string, upTo = migrations.length): DB {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < upTo; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return db;
}
