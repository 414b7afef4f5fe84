import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis, ChainLink, Finding } from '../../utils/engine/types';
import { expectedFor, fixtureNames, loadFixture, seedStoryLines } from '../helpers';

// The seed article (test/fixtures/seed-article.txt) in three realistic markups.

interface Expected {
  title: string;
  url: string;
  findings: Finding[];
  chain: Array<Pick<ChainLink, 'role' | 'name' | 'url'>>;
}

const seedPages = fixtureNames('seed--');

describe.each(seedPages)('%s', (name) => {
  const analysis: Analysis = analyze(loadFixture(name));
  const expected = expectedFor<Expected>(name);

  it('finds every non-story block, the two inserts as read-also', () => {
    expect(analysis.findings).toEqual(expected.findings);
    expect(analysis.findings.filter((f) => f.kind === 'read-also')).toHaveLength(2);
    expect(analysis.findings.map((f) => f.category)).toEqual([
      'ad-shortcode',
      'related',
      'related',
      'feed-disclaimer',
      'share-prompt',
      'ad-shortcode',
      'source-link',
    ]);
  });

  it('keeps every story paragraph, in order, and nothing else', () => {
    expect(analysis.story.paragraphs).toEqual(seedStoryLines());
    expect(analysis.story.text).toBe(seedStoryLines().join('\n\n'));
  });

  it('builds the chain site → LatestLY → ANI → Yonhap, The Japan Times, CNN', () => {
    expect(analysis.chain.map(({ role, name, url }) => ({ role, name, ...(url && { url }) }))).toEqual(expected.chain);
    expect(analysis.chain.map((l) => l.role)).toEqual(['site', 'republisher', 'agency', 'cited', 'cited', 'cited']);
    expect(analysis.chain.slice(1).map((l) => l.name)).toEqual([
      'LatestLY',
      'ANI',
      'Yonhap News Agency',
      'The Japan Times',
      'CNN',
    ]);
  });

  it('gives each chain link the text that proves it', () => {
    const [, republisher, agency, yonhap, japanTimes, cnn] = analysis.chain;
    expect(republisher?.evidence).toContain('edited by LatestLY staff');
    expect(agency?.evidence).toBe('Seoul [South Korea]March 19 (ANI):');
    expect(yonhap?.evidence).toMatch(/Yonhap News Agency reported\.$/);
    expect(japanTimes?.evidence).toContain('the Japan Times reported');
    expect(cnn?.evidence).toMatch(/^According to CNN, the deal came/);
  });

  it('never lets a "Read also" headline into the story or the chain', () => {
    const json = JSON.stringify({ story: analysis.story, chain: analysis.chain });
    expect(json).not.toContain('Ecuador');
    expect(json).not.toContain('Toshakhana');
  });

  it('reads title and address from the page', () => {
    expect(analysis.title).toBe(expected.title);
    expect(analysis.url).toBe(expected.url);
  });
});

describe('page address', () => {
  it('prefers the address it is given over og:url', () => {
    const analysis = analyze(loadFixture('seed--plain-article.html'), 'https://mirror.example/copy');
    expect(analysis.url).toBe('https://mirror.example/copy');
    expect(analysis.chain[0]).toMatchObject({ role: 'site', name: 'mirror.example', url: 'https://mirror.example/' });
  });

  it('drops an address that is not http(s)', () => {
    expect(analyze(loadFixture('seed--plain-article.html'), 'javascript:alert(1)').url).toBeNull();
  });
});
