import express from 'express';
import request from 'supertest';
import YAML from 'yaml';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createOpenApiRouter, spec } from './openapi.generated';

describe('openapi.generated.ts', () => {
  it('is the current openapi.yaml (else run `yarn generate:openapi`)', () => {
    const document = YAML.parse(
      readFileSync(resolve(__dirname, 'openapi.yaml'), 'utf8'),
    );
    expect(spec).toEqual(document);
  });

  it('serves the document at /openapi.json', async () => {
    const app = express().use(createOpenApiRouter());
    const response = await request(app).get('/openapi.json');
    expect(response.status).toBe(200);
    // openapi-merge (inside the library) relabels the version; the content is the document's.
    expect(response.body.info).toEqual(spec.info);
    expect(Object.keys(response.body.paths)).toEqual(Object.keys(spec.paths));
  });
});
