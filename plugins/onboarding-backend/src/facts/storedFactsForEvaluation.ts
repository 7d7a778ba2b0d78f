import { Entity } from '@backstage/catalog-model';
import {
  FactSourceStatus,
  LocalizedText,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { FactSource } from '@cloud-pi-native/backstage-plugin-onboarding-node';
import { StoredFacts } from './FactStore';

/** What the evaluator needs from the fact sources for one entity, read from the fact store. */
export interface FactsForEvaluation {
  facts: Record<string, unknown>;
  /** Fact (or source) name → why it is not known: criteria reading it are `unknown`. */
  unavailable: Record<string, LocalizedText>;
  /** Fact name → why the tool says it does not exist: criteria reading it `fail`. */
  missing: Record<string, LocalizedText>;
  statuses: FactSourceStatus[];
}

const day = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const same = (text: string): LocalizedText => ({ fr: text, en: text });

/**
 * Turns what the scheduled sources stored about an entity into evaluation inputs. Never
 * reads a tool: a source not gathered yet, failing, or whose facts are older than their source's time to live
 * leaves its facts unknown, saying which and since when.
 */
export function storedFactsForEvaluation(
  entity: Entity,
  sources: readonly FactSource[],
  stored: readonly StoredFacts[],
  options: { now: Date; ttlMsOf: (sourceId: string) => number },
): FactsForEvaluation {
  const out: FactsForEvaluation = {
    facts: {},
    unavailable: {},
    missing: {},
    statuses: [],
  };
  const bySource = new Map(stored.map(row => [row.source, row]));
  for (const source of sources) {
    if (!source.appliesTo(entity)) continue;
    const row = bySource.get(source.id);
    const status: FactSourceStatus = { source: source.id };
    let whyUnknown: LocalizedText | undefined;
    if (!row || (!row.gatheredAt && !row.error)) {
      whyUnknown = {
        fr: `${source.title} : faits pas encore recueillis`,
        en: `${source.title}: facts not gathered yet`,
      };
    } else if (row.error) {
      const since = row.failingSince ? day(row.failingSince) : '?';
      whyUnknown = {
        fr: `${source.title} en échec depuis ${since} : ${row.error}`,
        en: `${source.title} failing since ${since}: ${row.error}`,
      };
    } else if (
      row.gatheredAt &&
      options.now.getTime() - row.gatheredAt.getTime() >
        options.ttlMsOf(source.id)
    ) {
      whyUnknown = {
        fr: `${source.title} : faits du ${day(
          row.gatheredAt,
        )}, trop anciens pour compter`,
        en: `${source.title}: facts of ${day(
          row.gatheredAt,
        )}, too old to count`,
      };
    }
    if (row?.gatheredAt) status.gatheredAt = row.gatheredAt.toISOString();
    if (whyUnknown) {
      // The source's own name covers every fact below it.
      out.unavailable[source.id] = whyUnknown;
      status.unavailable = { [source.id]: whyUnknown.en };
    } else if (row) {
      Object.assign(out.facts, row.facts);
      for (const [name, reason] of Object.entries(row.unavailable))
        out.unavailable[name] = same(reason);
      for (const [name, reason] of Object.entries(row.missing))
        out.missing[name] = same(reason);
      if (Object.keys(row.unavailable).length > 0)
        status.unavailable = { ...row.unavailable };
    }
    out.statuses.push(status);
  }
  return out;
}
