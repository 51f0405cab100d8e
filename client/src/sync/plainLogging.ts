// Stands in for lib0/logging in the client build (vite.config.ts). Yjs uses
// it only for a few console warnings (a type read before it was added to a
// document, Yjs imported twice); lib0's styled logger brings a DOM helper
// and a schema library with it, 3 KB the phone need not download. The same
// warnings, unstyled: the style markers are dropped.
const style = Symbol('style');
export const BOLD = style;
export const UNBOLD = style;
export const RED = style;
export const ORANGE = style;
export const GREEN = style;
export const BLUE = style;
export const GREY = style;
export const PURPLE = style;
export const UNCOLOR = style;

const text = (args: unknown[]) => args.filter((a) => a !== style);
export const print = (...args: unknown[]): void => console.log(...text(args));
export const warn = (...args: unknown[]): void => console.warn(...text(args));
