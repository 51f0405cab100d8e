// Stands in for lib0/broadcastchannel in the client build (vite.config.ts):
// every provider is made with `disableBc: true` — everything goes through the
// server, which checks roles; no tab-to-tab shortcut — so y-websocket never
// calls it, and the phone need not download it. Should a provider ever be
// made without that option, it fails loudly instead of syncing around the
// server.
const refuse = (): never => {
  throw new Error('Netzwerkstatt syncs through the server only: make providers with disableBc: true');
};
export const subscribe = refuse;
export const unsubscribe = refuse;
export const publish = refuse;
