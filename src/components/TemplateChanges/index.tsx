import React, {useId, useState} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {changedBlocks, diffTemplateText, type DiffBlock, type DiffPart} from '@site/src/lib/templateDiff';
import type {TemplateVersions} from '@site/src/plugins/template-versions';
import styles from './styles.module.css';

const BLOCK_LABEL: Record<DiffBlock['change'], string | undefined> = {
  same: undefined,
  added: 'Lagt til',
  removed: 'Fjernet',
  changed: 'Endret',
};

function Part({part}: {part: DiffPart}): React.ReactElement {
  if (part.change === 'added')
    return (
      <ins className={styles.added}>
        <span className="sr-only">[lagt til: </span>
        {part.text}
        <span className="sr-only">]</span>
      </ins>
    );
  if (part.change === 'removed')
    return (
      <del className={styles.removed}>
        <span className="sr-only">[fjernet: </span>
        {part.text}
        <span className="sr-only">]</span>
      </del>
    );
  return <>{part.text}</>;
}

function Block({block}: {block: DiffBlock}): React.ReactElement {
  const label = BLOCK_LABEL[block.change];
  const text = block.parts.map((part, i) => <Part key={i} part={part} />);
  return (
    <div className={label ? styles.changedBlock : undefined}>
      {label && <p className={styles.label}>{label}:</p>}
      {block.level > 0 ? <Heading as={`h${Math.min(block.level, 6)}` as 'h2'}>{text}</Heading> : <p>{text}</p>}
    </div>
  );
}

function VersionSelect(props: {label: string; value: string; versions: string[]; onChange: (v: string) => void}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.versions.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </select>
    </div>
  );
}

/** «Hva er endret»: two released versions of a template compared inline, headings kept, changes marked in text. */
export default function TemplateChanges({template}: {template: TemplateVersions}): React.ReactElement {
  const versions = template.versions.map((v) => v.version);
  const [from, setFrom] = useState(versions.at(-2)!);
  const [to, setTo] = useState(versions.at(-1)!);
  const textOf = (version: string) => template.versions.find((v) => v.version === version)!;
  const blocks = diffTemplateText(textOf(from).body, textOf(to).body);
  const count = changedBlocks(blocks);
  const title = `Hva er endret i «${textOf(to).title}»`;
  return (
    <Layout title={title} description={`Endringer mellom versjoner av malen «${textOf(to).title}».`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <form className={styles.choice} onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>Velg to versjoner å sammenligne</legend>
            <VersionSelect label="Fra versjon" value={from} versions={versions} onChange={setFrom} />
            <VersionSelect label="Til versjon" value={to} versions={versions} onChange={setTo} />
          </fieldset>
        </form>
        <p aria-live="polite">
          {from === to
            ? 'Velg to ulike versjoner.'
            : `Fra versjon ${from} til ${to}: ${count === 0 ? 'ingen endringer i teksten' : `${count} endrede avsnitt eller overskrifter`}. Tekst som er lagt til, er understreket; tekst som er fjernet, er gjennomstreket.`}
        </p>
        {from !== to && (
          <article className={styles.diff}>
            {blocks.map((block, i) => (
              <Block key={i} block={block} />
            ))}
          </article>
        )}
      </main>
    </Layout>
  );
}
