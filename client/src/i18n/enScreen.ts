// English UI strings of the shared screen and the moderation's switch for
// its join view; spread into enBoard.
import type { BoardMessages } from './deBoard';
import type { deScreen } from './deScreen';

export const enScreen: Pick<BoardMessages, keyof typeof deScreen> = {
  screen: {
    joinTitle: 'Join in now',
    joinSteps: 'Scan the QR code with your phone, or open the address and enter the code.',
    joinLink: 'Address',
    joinCode: 'Code',
    qrLabel: 'QR code with the link to join: {{url}}',
    joinHint: 'Join: {{url}} · code',
    writing: 'Everyone is writing their cards now.',
    written_one: '{{count}} card written',
    written_other: '{{count}} cards written',
    board: 'Board: {{title}}',
    boardFree: 'Cards on the board',
    empty: 'No cards on the board yet.',
    artefact: 'What the step produces',
    dotResults: 'Result of the dot vote',
    dots_one: '{{count}} dot',
    dots_other: '{{count}} dots',
    showJoin: 'Show how to join on the screen',
    showJoinHint: 'Before the start the screen shows it by itself.',
  },
};
