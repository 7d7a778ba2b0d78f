import { viewJourney } from './journey';
import { RESOURCES } from './resources';
import { ResourcesConfigError, resolveResources } from './configureResources';

const problemsOf = (configured: unknown): string[] => {
  try {
    resolveResources(configured);
  } catch (error) {
    expect(error).toBeInstanceOf(ResourcesConfigError);
    return (error as ResourcesConfigError).problems;
  }
  throw new Error('expected a ResourcesConfigError');
};

describe('resource ids', () => {
  it('names every default resource once, in the form a config can use', () => {
    const ids = RESOURCES.map(r => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach(id => expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,62}$/));
  });
});

describe('resolveResources', () => {
  const [first, second] = RESOURCES;

  it('keeps the defaults when nothing is configured', () => {
    expect(resolveResources(undefined)).toEqual(RESOURCES);
  });

  it('adds, overrides and disables resources by id', () => {
    const resolved = resolveResources([
      {
        id: 'wiki-ministere',
        step: 2,
        perimeter: 'governance',
        kind: 'doc',
        language: 'fr',
        url: 'https://wiki.interieur.gouv.fr/cloud',
        title: { fr: 'Notre wiki', en: 'Our wiki' },
        intranetOnly: true,
      },
      { id: first.id, url: 'https://moved.example.fr/page', step: 4 },
      { id: second.id, disabled: true },
    ]);
    expect(resolved.find(r => r.id === second.id)).toBeUndefined();
    expect(resolved.find(r => r.id === first.id)).toEqual({
      ...first,
      url: 'https://moved.example.fr/page',
      step: 4,
    });
    expect(resolved.find(r => r.id === 'wiki-ministere')).toEqual({
      id: 'wiki-ministere',
      step: 2,
      perimeter: 'governance',
      kind: 'doc',
      language: 'fr',
      url: 'https://wiki.interieur.gouv.fr/cloud',
      title: 'Notre wiki',
      titles: { fr: 'Notre wiki', en: 'Our wiki' },
      intranetOnly: true,
    });
    expect(resolved).toHaveLength(RESOURCES.length);
  });

  it('serves a configured title in the language asked, without the pair', () => {
    const resources = resolveResources([
      { id: first.id, title: { fr: 'Démarrer', en: 'Get started' } },
    ]);
    const en = viewJourney('en', resources).resources.find(
      r => r.id === first.id,
    );
    expect(en?.title).toBe('Get started');
    expect(en).not.toHaveProperty('titles');
    expect(
      viewJourney('fr', resources).resources.find(r => r.id === first.id)
        ?.title,
    ).toBe('Démarrer');
  });

  it('a new resource takes language unknown unless it says', () => {
    const [added] = resolveResources(
      [
        {
          id: 'video',
          step: 1,
          perimeter: 'all',
          kind: 'video',
          title: 'Vidéo',
          url: 'https://example.fr/v',
        },
      ],
      [],
    );
    expect(added.language).toBe('unknown');
  });

  it('lists every problem with its path', () => {
    expect(
      problemsOf([
        { id: 'new-one', step: 1 },
        { id: first.id, step: 7, perimeter: 'everyone', kind: 'book' },
        { id: 'x', url: 'ftp://example.fr', language: 'de', paid: 'yes' },
        { id: 'nope', disabled: true },
        { id: first.id, title: { fr: 'seul' } },
        { id: 'bad id' },
        'text',
        { id: 'y', colour: 'red' },
      ]),
    ).toEqual([
      'onboarding.resources[0]: new resource new-one needs perimeter, kind, title, url',
      'onboarding.resources[1].step: unknown step 7; expected 1, 2, 3, 4 or 5',
      'onboarding.resources[1].perimeter: expected one of all, technical, project-management, governance, found "everyone"',
      'onboarding.resources[1].kind: expected one of article, checklist, course, doc, doc-pdf, form, publication, site, slides-pdf, tutorial, video, found "book"',
      'onboarding.resources[2].language: expected fr, en or unknown, found "de"',
      'onboarding.resources[2].url: expected an http(s) URL, found "ftp://example.fr"',
      'onboarding.resources[2].paid: expected true or false',
      'onboarding.resources[2]: new resource x needs step, perimeter, kind, title',
      'onboarding.resources[3]: cannot disable nope, no such resource',
      `onboarding.resources[4].id: duplicate id ${first.id}, already configured at onboarding.resources[1]`,
      'onboarding.resources[5].id: expected letters, digits and dashes (e.g. my-wiki-page), found "bad id"',
      'onboarding.resources[6]: expected an object',
      'onboarding.resources[7].colour: unknown field; expected one of id, disabled, step, perimeter, kind, language, title, url, intranetOnly, paid',
      'onboarding.resources[7]: new resource y needs step, perimeter, kind, title, url',
    ]);
    expect(problemsOf({ id: 'x' })).toEqual([
      'onboarding.resources: expected a list of resources',
    ]);
  });

  it('refuses a title given in one language only', () => {
    expect(problemsOf([{ id: first.id, title: { fr: 'seul' } }])).toEqual([
      'onboarding.resources[0].title: expected a non-empty text, or { fr: ..., en: ... } with both languages',
    ]);
  });
});
