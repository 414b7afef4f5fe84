import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../tools/parse-html';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A fixture page parsed the way the CLI parses saved pages (scripts off, no network). */
export function loadFixture(name: string): Document {
  return parseHtml(fixtureText(name));
}

export function fixtureNames(prefix: string): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.html'))
    .sort();
}

export function expectedFor<T>(htmlName: string): T {
  return JSON.parse(fixtureText(htmlName.replace(/\.html$/, '.expected.json'))) as T;
}

/** The story lines of the seed article: every non-empty line that is not boilerplate or an insert. */
export function seedStoryLines(): string[] {
  const boilerplate = /^(?:\[ad_\d\]|Read also \|.*|\(This is an unedited.*|share now|Source link)$/;
  return fixtureText('seed-article.txt')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !boilerplate.test(line));
}
