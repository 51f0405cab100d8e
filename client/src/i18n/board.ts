// Registers the board's texts (German at once, English when chosen). Imported
// by the pages that need them, so the phone's writing view never loads them.
import { deBoard } from './deBoard';
import { registerTexts } from './register';

registerTexts(deBoard, 'conf.title', async () => (await import('./enBoard')).enBoard);
