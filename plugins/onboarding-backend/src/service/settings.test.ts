import fs from 'node:fs';
import path from 'node:path';
import { ConfigReader } from '@backstage/config';
import { DEFAULT_KINDS, readSettings } from './settings';

describe('evaluation.kinds', () => {
  it('defaults to what config.d.ts documents', () => {
    // config.d.ts is the schema shipped to installers (compiled to config.schema.json): its
    // documented default must be the one the code applies.
    const schema = fs.readFileSync(
      path.resolve(__dirname, '../../config.d.ts'),
      'utf8',
    );
    const documented =
      /Kinds of entities evaluated[^*]*Default: ([^.]+)\./.exec(schema);
    expect(documented?.[1].split(/,\s*/)).toEqual(DEFAULT_KINDS);
    expect(readSettings(new ConfigReader({})).kinds).toEqual(DEFAULT_KINDS);
  });
});
