import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { fixtureNames, loadFixture } from '../helpers';

describe('analyze leaves the document unchanged', () => {
  it.each([...fixtureNames('seed--'), ...fixtureNames('counter--')])('%s', (name) => {
    const doc = loadFixture(name);
    const before = doc.documentElement.outerHTML;
    analyze(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
