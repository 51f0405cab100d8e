// Stands in for zod's English error messages in the client build
// (vite.config.ts): the pages show the server's error codes in German
// (i18n/keys.ts), never zod's English texts, so every route would carry them
// (1.5 KB gzipped on the phone) for nothing. A failed parse still fails, with
// this one message.
export default function messages() {
  return { localeError: () => 'ungültige Eingabe' };
}
