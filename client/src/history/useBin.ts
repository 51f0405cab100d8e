// The bin (Papierkorb) as React state: cards deleted from the live board
// that the caller may take back (the moderation: all; a participant: their
// own). Reloaded whenever the board's cards change, since a deletion fills it.
import { useCallback, useEffect, useState } from 'react';
import type { BinEntry } from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { useCommand, type Command } from '../app/useCommand';
import { useCards } from '../sync/useCards';

export interface Bin extends Command {
  entries: BinEntry[] | null;
  restore: (cardId: string) => Promise<boolean>;
}

export function useBin(): Bin {
  const { api } = useWorkshop();
  const cards = useCards(useBoardConnection().doc);
  const command = useCommand();
  const { run } = command;
  const [entries, setEntries] = useState<BinEntry[] | null>(null);
  const load = useCallback(() => run(async () => setEntries((await api.bin()).cards)), [api, run]);
  // A deleted card reaches the bin as its deletion is stored; ask shortly after the board changed.
  const count = cards.length;
  useEffect(() => {
    const timer = setTimeout(() => void load(), 300);
    return () => clearTimeout(timer);
  }, [load, count]);
  const restore = useCallback(
    (cardId: string) =>
      run(async () => {
        await api.restoreFromBin(cardId);
        setEntries((e) => e?.filter((x) => x.card.id !== cardId) ?? null);
      }),
    [api, run],
  );
  return { ...command, entries, restore };
}
