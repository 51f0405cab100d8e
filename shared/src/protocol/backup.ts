// HTTP contract of the workshop backup (GET /api/workshops/:id/backup,
// POST /api/workshops/import).
import { BackupSchema } from '../export/backup.js';
import { CreateWorkshopResponseSchema } from './workshops.js';

/** GET /api/workshops/:id/backup answers a backup; POST /api/workshops/import takes one. */
export const BackupResponseSchema = BackupSchema;
export const ImportBodySchema = BackupSchema;
/** POST /api/workshops/import: the new workshop, like creating one. */
export const ImportResponseSchema = CreateWorkshopResponseSchema;
