import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  annotationTable,
  criteriaTable,
  KNOWN_ANNOTATIONS,
  measuredCriteriaTable,
} from './annotationCatalog';
import {
  DEFAULT_CRITERIA,
  ENTITY_CRITERIA,
  MEASURED_CRITERIA,
  TEMPLATE_CRITERIA,
} from './criteria';

const DOC = resolve(__dirname, '../../../docs/criteria.md');
/**
 * Checks that docs/criteria.md holds `table` between the markers `<!-- name:start -->` and
 * `<!-- name:end -->`; with UPDATE_DOCS=1, writes it there first.
 */
function expectGeneratedBlock(name: string, table: string) {
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const doc = readFileSync(DOC, 'utf8');
  const block = `${start}\n${table}\n${end}`;
  const current = doc.slice(doc.indexOf(start), doc.indexOf(end) + end.length);
  if (process.env.UPDATE_DOCS) writeFileSync(DOC, doc.replace(current, block));
  expect(readFileSync(DOC, 'utf8')).toContain(block);
}

describe('annotation reference', () => {
  it('documents every annotation a default criterion reads', () => {
    const documented = new Set(KNOWN_ANNOTATIONS.map(a => a.name));
    const table = annotationTable(DEFAULT_CRITERIA);
    expect(table).not.toMatch(/read by a configured criterion/);
    for (const name of documented) expect(table).toContain(`\`${name}\``);
  });

  it('lists the criteria reading each annotation', () => {
    expect(annotationTable(DEFAULT_CRITERIA)).toMatch(
      /`cloud-pi-native.fr\/alert-contact` .*\| S4-ALERTING, S5-ALERT-ROUTING \|/,
    );
    expect(
      annotationTable([
        {
          ...DEFAULT_CRITERIA[0],
          id: 'X-NEW',
          rule: { fact: 'annotation:example.com/new', exists: true },
        },
      ]),
    ).toMatch(/`example.com\/new` \| \(read by a configured criterion\)/);
  });

  it('is the table docs/criteria.md shows (UPDATE_DOCS=1 rewrites it)', () => {
    const table = annotationTable(DEFAULT_CRITERIA);
    expect(table).toMatch(/^\| Annotation \|/);
    expectGeneratedBlock('annotation-table', table);
  });

  it('is the measured criteria table docs/criteria.md shows (UPDATE_DOCS=1 rewrites it)', () => {
    const table = measuredCriteriaTable(MEASURED_CRITERIA);
    expect(table.split('\n')).toHaveLength(MEASURED_CRITERIA.length + 2);
    expect(table).toMatch(
      /\| S3-SONAR-QUALITY-GATE \| 3 \| blocking \| `sonarqube` \| `sonarqube\/qualityGate` \| S3-SONAR \|/,
    );
    expectGeneratedBlock('measured-table', table);
  });

  it.each([
    ['entity', ENTITY_CRITERIA],
    ['template', TEMPLATE_CRITERIA],
  ] as const)(
    'is the %s criteria table docs/criteria.md shows (UPDATE_DOCS=1 rewrites it)',
    (name, criteria) => {
      const table = criteriaTable(criteria);
      for (const c of criteria)
        expect(table).toContain(`| ${c.id} | ${c.step} |`);
      expectGeneratedBlock(`${name}-criteria-table`, table);
    },
  );
});
