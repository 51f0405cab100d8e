// A cluster: related cards of one query, named by the group. Membership is
// stored on the card (clusterId), so every view and export sees it.
import { z } from 'zod';
import { CardColorSchema } from './card.js';

export const CLUSTER_NAME_MAX = 80;

export const ClusterSchema = z.object({
  id: z.string().min(8).max(64),
  queryId: z.string().max(64),
  name: z.string().max(CLUSTER_NAME_MAX),
  color: CardColorSchema,
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().positive(),
  h: z.number().finite().positive(),
  createdAt: z.number(),
});
export type Cluster = z.infer<typeof ClusterSchema>;
