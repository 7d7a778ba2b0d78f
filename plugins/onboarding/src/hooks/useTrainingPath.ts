import { useCallback, useEffect, useState } from 'react';
import { storageApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  PerimeterId,
  isPerimeterId,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';

const BUCKET = 'onboarding';
const KEY = 'trainingPath';

/** A person's self-training path, as kept in their user settings. */
export interface TrainingPath {
  perimeter?: PerimeterId;
  /** Ids of the resources marked as consulted. */
  consulted: string[];
}

/** Reads a stored value defensively: settings may hold anything an older version wrote. */
function toPath(value: unknown): TrainingPath {
  const stored = (value ?? {}) as Record<string, unknown>;
  return {
    ...(isPerimeterId(stored.perimeter) ? { perimeter: stored.perimeter } : {}),
    consulted: Array.isArray(stored.consulted)
      ? stored.consulted.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

/**
 * The signed-in person's self-training path, kept in Backstage's StorageApi: the
 * portal backs it with the user-settings backend, so it follows them across browsers.
 * `loaded` is false until the stored value is known (settings load asynchronously).
 */
export function useTrainingPath() {
  const bucket = useApi(storageApiRef).forBucket(BUCKET);
  const [state, setState] = useState(() => {
    const snapshot = bucket.snapshot(KEY);
    return {
      loaded: snapshot.presence !== 'unknown',
      path: toPath(snapshot.value),
    };
  });

  useEffect(() => {
    const subscription = bucket.observe$(KEY).subscribe(snapshot => {
      setState({
        loaded: snapshot.presence !== 'unknown',
        path: toPath(snapshot.value),
      });
    });
    return () => subscription.unsubscribe();
  }, [bucket]);

  const save = useCallback(
    (path: TrainingPath) => {
      setState({ loaded: true, path });
      return bucket.set(KEY, {
        consulted: path.consulted,
        ...(path.perimeter ? { perimeter: path.perimeter } : {}),
      });
    },
    [bucket],
  );
  return { ...state, save };
}
