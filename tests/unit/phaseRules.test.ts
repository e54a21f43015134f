import {readFileSync} from 'node:fs';
import path from 'node:path';
// The slugger Docusaurus itself gives headings their ids with, so the anchors match the built pages.
import {createSlugger} from '@docusaurus/utils';
import JSZip from 'jszip';
import {describe, expect, it} from 'vitest';
import {PHASES} from '@site/src/data/process';
import {PHASE_RULES} from '@site/src/data/phaseRules';
import {phaseDuties} from '@site/src/lib/phaseRules';
import {buildTemplateDocx} from '@site/src/lib/templateDocx';
import {routeExists} from '../routeExists';
import {linksFor} from '../helpers/handbookTemplates';

const root = path.resolve(__dirname, '../..');

/** The heading anchors of a Regelverk page, slugged as Docusaurus slugs them. */
function anchorsOf(route: string): string[] {
  const rel = route
    .replace(/#.*$/, '')
    .replace(/^\/handbok\/regelverk\/?/, '')
    .replace(/\/$/, '');
  const file = path.join(root, 'docs/regelverk', rel === '' ? 'index.mdx' : `${rel}.mdx`);
  const slugger = createSlugger();
  return [...readFileSync(file, 'utf8').matchAll(/^#{2,4} (.+)$/gm)].map((m) => slugger.slug(m[1]!.trim()));
}

const duties = PHASES.flatMap((phase) => PHASE_RULES[phase.id].map((duty) => ({phase: phase.id, duty})));

describe('legal duties per process phase', () => {
  it('has at least one duty for every phase, with ids unique within the phase', () => {
    for (const phase of PHASES) {
      const ids = PHASE_RULES[phase.id].map((d) => d.id);
      expect(ids.length, phase.id).toBeGreaterThan(0);
      expect(new Set(ids).size, phase.id).toBe(ids.length);
    }
  });

  it.each(duties.map(({phase, duty}) => [`${phase}/${duty.id}`, duty]))(
    '%s links to a Regelverk page and a section that exist, and names a source with an address',
    (_key, duty) => {
      expect(duty.regelverkRoute).toMatch(/^\/handbok\/regelverk\//);
      expect(routeExists(duty.regelverkRoute), duty.regelverkRoute).toBe(true);
      const anchor = duty.regelverkRoute.split('#')[1];
      if (anchor !== undefined) expect(anchorsOf(duty.regelverkRoute)).toContain(anchor);
      expect(duty.legalSources.length).toBeGreaterThan(0);
      for (const source of duty.legalSources) {
        expect(source.label.trim()).not.toBe('');
        expect(source.url).toMatch(/^https?:\/\/[^\s]+$/);
      }
    },
  );

  it('refuses an unknown phase with the phases that exist', () => {
    expect(phaseDuties('konkurranse')).toBe(PHASE_RULES.konkurranse);
    expect(() => phaseDuties('anbud')).toThrow(/Ukjent fase «anbud»\. Kjente faser: behovskartlegging, planlegging/);
  });

  it.each(PHASES.map((p) => p.id))('the Word file of phase %s lists every duty of the phase', async (id) => {
    const source = readFileSync(path.join(root, 'docs/prosess', `${id}.mdx`), 'utf8');
    const docx = await buildTemplateDocx({source, links: linksFor(`docs/prosess/${id}.mdx`)});
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const duty of PHASE_RULES[id]) expect(text).toContain(duty.duty);
  });
});
