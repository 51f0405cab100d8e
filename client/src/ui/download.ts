// Offers text as a file download; blob: URLs stay on our own origin.
export function download(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Offers a file (e.g. a spreadsheet the server made) as a download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/**
 * A file-name-safe, readable short form of a title: German umlauts and ß
 * transliterated (Übergänge → uebergaenge), other accents dropped (é → e),
 * everything else between words becomes one dash; at most 60 characters,
 * cut at a dash where possible.
 */
export function slug(s: string): string {
  const plain = s
    .replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= 60) return plain || 'export';
  const cut = plain.slice(0, 60);
  const dash = cut.lastIndexOf('-');
  return dash > 30 ? cut.slice(0, dash) : cut;
}
