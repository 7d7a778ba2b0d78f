import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  RESOURCES,
  resolveResources,
} from '@cloud-pi-native/backstage-plugin-onboarding-common';
import { OnboardingResourceCollatorFactory } from './OnboardingResourceCollatorFactory';

async function collate(factory = new OnboardingResourceCollatorFactory()) {
  const documents: any[] = [];
  for await (const document of await factory.getCollator())
    documents.push(document);
  return documents;
}

describe('OnboardingResourceCollatorFactory', () => {
  it('is the onboarding-resource document type, visible to everyone', () => {
    const factory: DocumentCollatorFactory =
      new OnboardingResourceCollatorFactory();
    expect(factory.type).toBe('onboarding-resource');
    expect(factory.visibilityPermission).toBeUndefined();
  });

  it('collates one document per recommended resource, linking to it', async () => {
    const documents = await collate();
    expect(documents).toHaveLength(RESOURCES.length);
    expect(documents.map(d => d.location)).toEqual(RESOURCES.map(r => r.url));
    expect(documents.map(d => d.title)).toEqual(RESOURCES.map(r => r.title));
  });

  it('carries step, perimeter, kind and language, and says them in both languages', async () => {
    const documents = await collate();
    const security = documents.find(
      d => d.title === 'Sécurité cloud vs sécurité on-premise',
    );
    const resource = RESOURCES.find(r => r.title === security.title)!;
    expect(security).toMatchObject({
      step: resource.step,
      perimeter: resource.perimeter,
      kind: resource.kind,
      language: resource.language,
    });
    expect(security.stepTitle.fr).toMatch(/\S/);
    expect(security.stepTitle.en).toMatch(/\S/);
    expect(security.text).toContain(security.stepTitle.fr);
    expect(security.text).toContain(security.stepTitle.en);
    expect(security.text).toContain(`Étape ${resource.step} : `);
    expect(security.text).toContain(`Step ${resource.step}: `);

    const forEveryone = documents.find(d => d.perimeter === 'all');
    expect(forEveryone.text).toContain('Tous les périmètres / All perimeters');
    const technical = documents.find(d => d.perimeter === 'technical');
    expect(technical.text).toContain('Technique / Technical');
  });

  it('collates the configured resources when given them', async () => {
    const [first] = RESOURCES;
    const documents = await collate(
      new OnboardingResourceCollatorFactory(
        resolveResources([
          { id: first.id, disabled: true },
          {
            id: 'wiki',
            step: 2,
            perimeter: 'all',
            kind: 'doc',
            title: 'Wiki du ministère',
            url: 'https://wiki.example.gouv.fr',
          },
        ]),
      ),
    );
    expect(documents).toHaveLength(RESOURCES.length);
    expect(documents.map(d => d.location)).not.toContain(first.url);
    expect(documents.map(d => d.location)).toContain(
      'https://wiki.example.gouv.fr',
    );
  });
});
