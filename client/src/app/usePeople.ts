// Everyone who joined the workshop (for case roles and grid rows), refreshed
// when the number of people online changes.
import { useEffect, useState } from 'react';
import type { Person } from '../api';
import { useWorkshop } from './WorkshopProvider';

export function usePeople(onlineCount: number): Person[] {
  const { api } = useWorkshop();
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    api.people().then(
      (r) => setPeople(r.people),
      () => undefined,
    );
  }, [api, onlineCount]);
  return people;
}
