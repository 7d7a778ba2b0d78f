import { useCallback, useEffect, useState } from 'react';
import { storageApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  PerimeterId,
  isPerimeterId,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

const BUCKET = 'onboarding';
const KEY = 'perimeter';

/** The perimeter chosen: one of the three, or `all`. */
export type PerimeterChoice = PerimeterId | 'all';

/**
 * The user's perimeter choice for resources, kept in Backstage's StorageApi so it
 * follows them across pages, sessions and (with user settings storage) browsers.
 */
export function usePerimeterPreference(): [
  PerimeterChoice,
  (choice: PerimeterChoice) => void,
] {
  const bucket = useApi(storageApiRef).forBucket(BUCKET);
  const read = useCallback(() => {
    const value = bucket.snapshot<string>(KEY).value;
    return isPerimeterId(value) ? value : 'all';
  }, [bucket]);
  const [choice, setChoice] = useState<PerimeterChoice>(read);

  useEffect(() => {
    const subscription = bucket.observe$<string>(KEY).subscribe(snapshot => {
      setChoice(isPerimeterId(snapshot.value) ? snapshot.value : 'all');
    });
    return () => subscription.unsubscribe();
  }, [bucket]);

  const update = useCallback(
    (next: PerimeterChoice) => {
      setChoice(next);
      bucket.set(KEY, next);
    },
    [bucket],
  );
  return [choice, update];
}
