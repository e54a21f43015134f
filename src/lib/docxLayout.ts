/**
 * How a template's Word file looks: styles, page header and footer, tables and fill-in places. Kept apart
 * from the MDX conversion so the version history and any other section added to the file look the same.
 */
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type IStylesOptions,
  type ParagraphChild,
} from 'docx';

export type DocxBlock = Paragraph | Table;
export type RunStyle = Pick<IRunOptions, 'bold' | 'italics'>;

const LANGUAGE = 'nb-NO';
const FONT = 'Calibri';
const TEXT_COLOUR = '1A1A1A';
const HEADING_COLOUR = '1F3A5F';
const MUTED_COLOUR = '555555';
const RULE_COLOUR = '8C8C8C';
/** Light yellow behind every place a reader must fill in, so none is forgotten before adoption. */
const FILL_IN_SHADING = {type: ShadingType.CLEAR, color: 'auto', fill: 'FFF2CC'} as const;
const HEADER_ROW_SHADING = {type: ShadingType.CLEAR, color: 'auto', fill: 'E8ECF1'} as const;
/** A4 less 2.5 cm margins on each side, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1418;
export const PAGE_MARGINS = {top: 1418, bottom: 1418, left: 1418, right: 1418, header: 709, footer: 709};

/** A heading stays on the page of what follows it and is never split over two pages. */
const headingStyle = (size: number, before: number, after: number) => ({
  run: {font: FONT, size, bold: true, color: HEADING_COLOUR},
  paragraph: {keepNext: true, keepLines: true, spacing: {before, after}},
});

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: {font: FONT, size: 22, color: TEXT_COLOUR, language: {value: LANGUAGE}},
      paragraph: {spacing: {after: 140, line: 276}},
    },
    heading1: headingStyle(36, 0, 120),
    heading2: headingStyle(28, 360, 120),
    heading3: headingStyle(24, 240, 80),
    heading4: headingStyle(22, 200, 60),
  },
  paragraphStyles: [
    {
      id: 'Tabelltekst',
      name: 'Tabelltekst',
      basedOn: 'Normal',
      quickFormat: true,
      run: {size: 19},
      paragraph: {spacing: {before: 40, after: 40, line: 240}},
    },
    {
      id: 'Tabelltekst smal',
      name: 'Tabelltekst smal',
      basedOn: 'Tabelltekst',
      run: {size: 16},
    },
    {
      id: 'Metadata',
      name: 'Metadata',
      basedOn: 'Normal',
      run: {size: 19, color: MUTED_COLOUR},
      paragraph: {spacing: {after: 320}},
    },
    {
      id: 'Topptekst',
      name: 'Topptekst',
      basedOn: 'Normal',
      run: {size: 17, color: MUTED_COLOUR},
      paragraph: {spacing: {after: 0}},
    },
  ],
};

/**
 * Runs of a piece of text, with placeholders («[…]», «[navn]», «______») shaded like empty table cells so
 * they stand out as places to fill in.
 */
const PLACEHOLDERS = /(\[[^\]\n]*\]|_{3,})/;
const PLACEHOLDER = /^(\[[^\]\n]*\]|_{3,})$/;

export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .split(PLACEHOLDERS)
    .filter((part) => part !== '')
    .map((part) => new TextRun({text: part, ...style, ...(PLACEHOLDER.test(part) ? {shading: FILL_IN_SHADING} : {})}));
}

export function hyperlink(text: string, link: string, style: RunStyle = {}): ExternalHyperlink {
  return new ExternalHyperlink({link, children: [new TextRun({text, style: 'Hyperlink', ...style})]});
}

export function docxHeading(children: readonly ParagraphChild[], level: 1 | 2 | 3 | 4): Paragraph {
  const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
  // Set on the paragraph as well as the style: some clients ignore style-level keep options.
  return new Paragraph({heading: headings[level - 1], keepNext: true, keepLines: true, children: [...children]});
}

/** A cell's plain text (for widths and to find empty cells) and, when it has links or emphasis, its runs. */
export type CellContent = string | {text: string; children: readonly ParagraphChild[]};

const BORDERS = {
  top: {style: BorderStyle.SINGLE, size: 4, color: RULE_COLOUR},
  bottom: {style: BorderStyle.SINGLE, size: 4, color: RULE_COLOUR},
  left: {style: BorderStyle.SINGLE, size: 4, color: RULE_COLOUR},
  right: {style: BorderStyle.SINGLE, size: 4, color: RULE_COLOUR},
  insideHorizontal: {style: BorderStyle.SINGLE, size: 2, color: 'BFBFBF'},
  insideVertical: {style: BorderStyle.SINGLE, size: 2, color: 'BFBFBF'},
};

const cellText = (content: CellContent) => (typeof content === 'string' ? content : content.text);

/** Table text sizes (half-points) and their styles, largest first: a wide table steps down until it fits. */
const TABLE_TEXT = [
  {size: 19, style: 'Tabelltekst'},
  {size: 16, style: 'Tabelltekst smal'},
] as const;
const CELL_PADDING = 200;
/** Average width of a character as a share of the font size, generous enough for bold header words. */
const CHARACTER_WIDTH = 0.6;
/** Characters of room a column to fill in asks for, as if it held a short answer, so there is space to write. */
const FILL_IN_ROOM = 40;

/** Words as a line breaker sees them: a hyphenated word («E-handelsløsningen») may break after its hyphen. */
const longestWord = (texts: readonly string[]) =>
  Math.max(3, ...texts.flatMap((t) => t.split(/\s+|(?<=-)/).map((w) => w.length)));

export type TableLayout = {widths: number[]; style: string};

/**
 * Column widths that follow the text: every column is wide enough for its longest word, so no word is cut
 * in the middle, and the room left goes to the columns with the most text. A table too wide for the page
 * at the normal size is set a size smaller. Columns to fill in ask for room as if they held an answer.
 */
export function tableLayout(
  columns: readonly (readonly string[])[],
  fillIn: readonly boolean[] = [],
  width = TEXT_WIDTH,
): TableLayout {
  const minimumAt = (size: number) =>
    columns.map((texts) => longestWord(texts) * CHARACTER_WIDTH * size * 10 + CELL_PADDING);
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const text = TABLE_TEXT.find((t) => sum(minimumAt(t.size)) <= width) ?? TABLE_TEXT[1];
  const minimum = minimumAt(text.size);
  const scale = Math.min(1, width / sum(minimum));
  const wants = columns.map((texts, i) => {
    const characters = Math.max(fillIn[i] ? FILL_IN_ROOM : 0, ...texts.map((t) => t.length));
    const oneLine = characters * CHARACTER_WIDTH * text.size * 10 + CELL_PADDING;
    return Math.max(oneLine - minimum[i]!, 0);
  });
  const spare = Math.max(width - sum(minimum), 0);
  const widths = minimum.map((m, i) =>
    Math.floor(m * scale + (sum(wants) === 0 ? spare / columns.length : (spare * wants[i]!) / sum(wants))),
  );
  return {widths, style: text.style};
}

/**
 * A table that reads well on paper: the header row repeats on every page, no row is split over two pages,
 * and empty cells, or every cell of a column headed «Fyll inn», are shaded as places to fill in.
 */
export function docxTable(header: readonly string[], rows: readonly (readonly CellContent[])[]): Table {
  const texts = rows.map((r) => r.map(cellText));
  const fillInColumns = new Set(header.flatMap((h, i) => (/^fyll inn$/i.test(h.trim()) ? [i] : [])));
  const fillIn = header.map((_, i) => fillInColumns.has(i) || texts.every((r) => (r[i] ?? '').trim() === ''));
  const {widths, style} = tableLayout(
    header.map((h, i) => [h, ...texts.map((r) => r[i] ?? '')]),
    fillIn,
  );
  const cell = (content: CellContent, width: number, options: {header?: boolean; fillIn?: boolean}) =>
    new TableCell({
      width: {size: width, type: WidthType.DXA},
      margins: {top: 40, bottom: 40, left: 100, right: 100},
      shading: options.header ? HEADER_ROW_SHADING : options.fillIn ? FILL_IN_SHADING : undefined,
      children: [
        new Paragraph({
          style,
          children: typeof content === 'string' ? textRuns(content, {bold: options.header}) : [...content.children],
        }),
      ],
    });
  return new Table({
    width: {size: TEXT_WIDTH, type: WidthType.DXA},
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, widths[i]!, {header: true})),
      }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: header.map((_, i) =>
              cell(row[i] ?? '', widths[i]!, {fillIn: fillInColumns.has(i) || (texts[r]?.[i] ?? '').trim() === ''}),
            ),
          }),
      ),
    ],
  });
}

export type DocumentFrame = {title: string; version: string; status: string; address: string};

/** The header names the template, its version and status on every page, so a printed page is never anonymous. */
export function pageHeader({title, version, status}: DocumentFrame): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'Topptekst',
        border: {bottom: {style: BorderStyle.SINGLE, size: 4, color: RULE_COLOUR, space: 4}},
        children: [new TextRun(`${title} · Versjon ${version} · ${status}`)],
      }),
    ],
  });
}

/** The footer numbers the pages and says where the latest version is. */
export function pageFooter({address}: DocumentFrame): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Topptekst',
        border: {top: {style: BorderStyle.SINGLE, size: 4, color: RULE_COLOUR, space: 4}},
        children: [new TextRun('Siste versjon: '), hyperlink(address, address)],
      }),
      new Paragraph({
        style: 'Topptekst',
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES]})],
      }),
    ],
  });
}
