// The network's HTTP calls (coordinator), loaded with the network page and
// the lobby's "create a network" — never by a workshop page or a phone.
import {
  BodyResponseSchema,
  CreateNetworkResponseSchema,
  ModerateResponseSchema,
  NetworkOverviewSchema,
  NetworkWorkshopCreatedSchema,
  NetworkWorkshopResponseSchema,
  NetworkResolutionResponseSchema,
  PartnersResponseSchema,
  type ImportPartnersBodySchema,
  type PartnerBodySchema,
  type PartnerPatchBodySchema,
  type CreateNetworkBodySchema,
  type ForwardResolutionBodySchema,
  type ResolutionDecisionBodySchema,
  type NetworkWorkshopPatchBodySchema,
  type NewBodyBodySchema,
  type NewNetworkWorkshopBodySchema,
} from '@nws/shared';
import { enc, request, type Body } from './api';

const n = (networkId: string) => `/api/networks/${enc(networkId)}`;

export const networkApi = {
  /** `accessKey`: the server's ADMIN_TOKEN where creation needs it. */
  create: (body: Body<typeof CreateNetworkBodySchema>, accessKey?: string) =>
    request(CreateNetworkResponseSchema, '/api/networks', { body, token: accessKey || undefined }),
  overview: (networkId: string, token: string) => request(NetworkOverviewSchema, n(networkId), { token }),
  addBody: (networkId: string, token: string, body: Body<typeof NewBodyBodySchema>) =>
    request(BodyResponseSchema, `${n(networkId)}/bodies`, { body, token }),
  createWorkshop: (networkId: string, token: string, body: Body<typeof NewNetworkWorkshopBodySchema>) =>
    request(NetworkWorkshopCreatedSchema, `${n(networkId)}/workshops`, { body, token }),
  updateWorkshop: (
    networkId: string,
    token: string,
    workshopId: string,
    body: Body<typeof NetworkWorkshopPatchBodySchema>,
  ) =>
    request(NetworkWorkshopResponseSchema, `${n(networkId)}/workshops/${enc(workshopId)}`, {
      body,
      token,
      method: 'PATCH',
    }),
  forward: (networkId: string, token: string, body: Body<typeof ForwardResolutionBodySchema>) =>
    request(NetworkResolutionResponseSchema, `${n(networkId)}/resolutions`, { body, token }),
  decide: (networkId: string, token: string, id: string, body: Body<typeof ResolutionDecisionBodySchema>) =>
    request(NetworkResolutionResponseSchema, `${n(networkId)}/resolutions/${enc(id)}/decision`, { body, token }),
  addPartner: (networkId: string, token: string, body: Body<typeof PartnerBodySchema>) =>
    request(PartnersResponseSchema, `${n(networkId)}/partners`, { body, token }),
  updatePartner: (networkId: string, token: string, id: string, body: Body<typeof PartnerPatchBodySchema>) =>
    request(PartnersResponseSchema, `${n(networkId)}/partners/${enc(id)}`, { body, token, method: 'PATCH' }),
  removePartner: (networkId: string, token: string, id: string) =>
    request(PartnersResponseSchema, `${n(networkId)}/partners/${enc(id)}`, { token, method: 'DELETE' }),
  importPartners: (networkId: string, token: string, body: Body<typeof ImportPartnersBodySchema>) =>
    request(PartnersResponseSchema, `${n(networkId)}/partners/import`, { body, token }),
  moderate: (networkId: string, token: string, workshopId: string) =>
    request(ModerateResponseSchema, `${n(networkId)}/workshops/${enc(workshopId)}/moderate`, { body: {}, token }),
};
