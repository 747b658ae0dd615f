import type {
  Contract,
  Cookies,
  FieldNames,
  FieldValues,
  OrderField,
  Paths,
  PdfFieldName,
} from './contract.ts';
import { ALT_CONTRACT, DEFAULT_CONTRACT, FACES_CONTRACT } from './contract.ts';
import type { Markup } from './markup.ts';
import { ALT_MARKUP, ALT_RESTYLED_MARKUP, DEFAULT_MARKUP, FACES_MARKUP } from './markup.ts';
import type { TextKey } from './wording.ts';
import { ALT_TEXTS, FACES_TEXTS } from './wording.ts';

/**
 * Skins: other builds of the same portal, chosen at start (`MOCK_SKIN`) and handed to `buildApp`.
 * Same guide texts, flows and rules; what a skin changes is listed here and nowhere else: paths,
 * form contract (field names and values, cookies), the texts the guide does not quote, the order
 * number, the mail and PDF wording, and the markup choices the views make (`Markup`). The portal
 * keeps one vocabulary inside (the default skin's): posted forms are read back into it, pages and
 * mails are written from it. `default` is the mock as it always was. The tables are in this folder:
 * contract.ts (paths, fields and values, cookies, PDF field names), wording.ts (texts), markup.ts.
 */

export const SKIN_NAMES = ['default', 'alt', 'alt-markup', 'faces'] as const;
export type SkinName = (typeof SKIN_NAMES)[number];

type SkinTable = {
  name: SkinName;
  paths: Paths;
  fields: FieldNames;
  values: FieldValues;
  cookies: Cookies;
  texts: Partial<Record<TextKey, string>>;
  orderNumber(seq: number, at: Date): string;
  pdf: { fileName(number: string): string; fields: Record<PdfFieldName, string> };
  markup: Markup;
};

/** A build's contract as the skin table has it. */
const tableOf = ({ paths, fields, values, cookies }: Contract) => ({ paths, fields, values, cookies });

const DEFAULT_TABLE: SkinTable = {
  name: 'default',
  ...tableOf(DEFAULT_CONTRACT),
  texts: {},
  orderNumber: (seq, at) => `CMD-${at.getFullYear()}-${String(seq).padStart(6, '0')}`,
  pdf: {
    fileName: (number) => `bon-de-commande-${number}.pdf`,
    fields: DEFAULT_CONTRACT.pdfFields,
  },
  markup: DEFAULT_MARKUP,
};

const ALT_TABLE: SkinTable = {
  name: 'alt',
  ...tableOf(ALT_CONTRACT),
  texts: ALT_TEXTS,
  orderNumber: (seq, at) => `C${String(at.getFullYear()).slice(-2)}-${String(seq).padStart(6, '0')}`,
  pdf: { fileName: (number) => `commande-${number}.pdf`, fields: ALT_CONTRACT.pdfFields },
  markup: ALT_MARKUP,
};

const ALT_MARKUP_TABLE: SkinTable = { ...DEFAULT_TABLE, name: 'alt-markup', markup: ALT_RESTYLED_MARKUP };

/**
 * A JSF 2 + PrimeFaces portal (the `faces` build): its contract (`.xhtml` views, client ids, the
 * ViewState, JSESSIONID), a few texts of its own, its order numbers, the PrimeFaces choices. What it
 * does otherwise on the wire: http/faces.ts.
 */
const FACES_TABLE: SkinTable = {
  name: 'faces',
  ...tableOf(FACES_CONTRACT),
  texts: FACES_TEXTS,
  orderNumber: (seq, at) => `CG${String(at.getFullYear()).slice(-2)}${String(seq).padStart(7, '0')}`,
  pdf: { fileName: (number) => `bon-de-commande-${number}.pdf`, fields: FACES_CONTRACT.pdfFields },
  markup: FACES_MARKUP,
};

// --- Reading a skin -----------------------------------------------------------------------------

export type Skin = SkinTable & {
  /** The skin's wording of a text, `{}` filled in with `args` in order. */
  t(key: TextKey, ...args: (string | number)[]): string;
  /** The skin's wording of a message made elsewhere (the rules', the behaviour's): itself when not reworded. */
  say(message: string): string;
  /** The posted value of an order field's inside value. */
  encode(field: OrderField, value: string): string;
  /**
   * The inside value of a posted one. A value the skin renames is recognised only under its
   * posted name: the inside name posted as such is made unknown (prefixed with `#`).
   */
  decode(field: OrderField, posted: string): string;
};

function valuesOf(table: SkinTable, field: OrderField): Readonly<Record<string, string>> | undefined {
  return (table.values as Partial<Record<OrderField, Record<string, string>>>)[field];
}

function makeSkin(table: SkinTable): Skin {
  const texts: Partial<Record<string, string>> = table.texts;
  return {
    ...table,
    t: (key, ...args) => {
      let i = 0;
      return (texts[key] ?? key).replace(/\{\}/g, () => String(args[i++] ?? ''));
    },
    say: (message) => texts[message] ?? message,
    encode: (field, value) => valuesOf(table, field)?.[value] ?? value,
    decode: (field, posted) => {
      const values = valuesOf(table, field);
      if (!values) return posted;
      const inside = Object.keys(values).find((k) => values[k] === posted);
      if (inside !== undefined) return inside;
      return Object.hasOwn(values, posted) ? `#${posted}` : posted;
    },
  };
}

export const SKINS: Record<SkinName, Skin> = {
  default: makeSkin(DEFAULT_TABLE),
  alt: makeSkin(ALT_TABLE),
  'alt-markup': makeSkin(ALT_MARKUP_TABLE),
  faces: makeSkin(FACES_TABLE),
};

export const DEFAULT_SKIN = SKINS.default;

/** The skin `MOCK_SKIN` names (unset or empty: default); an unknown name throws a one-line message. */
export function readSkin(env: NodeJS.ProcessEnv = process.env): Skin {
  const name = env.MOCK_SKIN?.trim() || 'default';
  if (!(SKIN_NAMES as readonly string[]).includes(name)) {
    throw new Error(`MOCK_SKIN: unknown skin « ${name} »; known: ${SKIN_NAMES.join(', ')}`);
  }
  return SKINS[name as SkinName];
}
