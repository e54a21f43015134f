import lunr from 'lunr';
import {withoutPositions} from '@site/src/lib/searchIndexSlim';

/** A lunr index as the search plugin stores it: one per document type, positions kept for every match. */
function pluginIndex() {
  const index = lunr(function build() {
    this.ref('i');
    this.field('t');
    this.metadataWhitelist = ['position'];
    this.add({i: 1, t: 'rammeavtale med flere leverandører'});
    this.add({i: 2, t: 'en rammeavtale til'});
  });
  return [{documents: [{i: 1, t: 'rammeavtale med flere leverandører', u: '/a/'}], index: index.toJSON()}];
}

describe('the search index without positions', () => {
  it('finds the same documents, with the matched terms, and carries no positions', () => {
    const slim = withoutPositions(JSON.parse(JSON.stringify(pluginIndex())));
    expect(JSON.stringify(slim)).not.toContain('position');
    const before = lunr.Index.load(pluginIndex()[0]!.index).search('rammeavtale');
    const after = lunr.Index.load(slim[0]!.index as never).search('rammeavtale');
    expect(after.map((r) => r.ref)).toEqual(before.map((r) => r.ref));
    expect(after.map((r) => r.score)).toEqual(before.map((r) => r.score));
    expect(Object.keys(after[0]!.matchData.metadata)).toEqual(['rammeavtal']);
    expect(slim[0]!.documents).toEqual(pluginIndex()[0]!.documents);
  });

  it('is smaller', () => {
    const full = JSON.stringify(pluginIndex());
    expect(JSON.stringify(withoutPositions(JSON.parse(full))).length).toBeLessThan(full.length);
  });

  it.each([{}, [{documents: []}], null, 'indeks'])('refuses what is not the plugin’s index (%j)', (value) => {
    expect(() => withoutPositions(value)).toThrow(/formatet/);
  });
});
