// Registers the service worker (public/sw.js) that keeps the app's code on
// the device, so a reload without a connection still opens the page. Only in
// a built app in a secure context (https or localhost): browsers offer
// service workers nowhere else, and a plain-http LAN address simply goes
// without. The worker is told which assets this page loaded before it took
// control, so they are there offline too.
export function keepAppOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        keepLoaded();
        // Chunks loaded between that message and the worker taking control: name them again.
        navigator.serviceWorker.addEventListener('controllerchange', keepLoaded);
      })
      .catch(() => undefined); // without it the app works as before, online
  });
}

function keepLoaded(): void {
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).pathname.startsWith('/assets/'));
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'keep', urls }));
}
