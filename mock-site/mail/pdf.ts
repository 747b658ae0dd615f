import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import type { PdfFieldName } from '../builds/contract.ts';
import { durationLabel, formatPrice, osLabel } from '../domain/catalogue.ts';
import { SUPPORTING_DOCUMENTS_TITLE } from '../domain/documents.ts';
import { paymentLabel } from '../domain/payment.ts';
import { displayName } from '../domain/text.ts';
import type { OrderMailInput } from './mails.ts';

/** The order form's values, by the portal's own field name (the skin names the AcroForm fields). */
export type OrderPdfFields = Record<PdfFieldName, string>;

/** What the skin decides of the PDF: its AcroForm field names and the documents' heading. */
export type PdfWording = {
  names: Record<PdfFieldName, string>;
  documentsTitle: string;
  /** Where the originals go by post. */
  address: readonly string[];
};

const LABELS: [keyof OrderPdfFields, string][] = [
  ['numero_commande', 'N° de commande'],
  ['societe', 'Société'],
  ['siret', 'SIRET'],
  ['porteur', 'Porteur du certificat'],
  ['produit', 'Produit'],
  ['duree', 'Durée de validité'],
  ['systeme', "Système d'exploitation"],
  ['paiement', 'Moyen de paiement'],
  ['bon_commande', 'N° de bon de commande'],
  ['prix_ht', 'Prix HT'],
];

// pdf-lib is the heaviest module of the portal: loaded after the portal listens (see http/server.ts),
// not before its first page.
export const loadPdfLib = () => import('pdf-lib');
const A4: [number, number] = [595.28, 841.89];

/**
 * Pdf-lib's standard fonts encode WinAnsi, which covers French accents, « », – and €; anything
 * else (rare in names) is replaced rather than making the whole order fail.
 */
function encodable(font: PDFFont, text: string): string {
  return [...text]
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return '?';
      }
    })
    .join('');
}

function wrapLines(font: PDFFont, text: string, size: number, width: number): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

type Colours = { blue: Color; white: Color; ink: Color };

function header(page: PDFPage, bold: PDFFont, regular: PDFFont, subtitle: string, c: Colours) {
  const [w, h] = A4;
  page.drawRectangle({ x: 0, y: h - 70, width: w, height: 70, color: c.blue });
  page.drawText('certigna', { x: 40, y: h - 45, size: 24, font: bold, color: c.white });
  page.drawText(encodable(regular, subtitle), { x: 200, y: h - 42, size: 12, font: regular, color: c.white });
}

export async function buildOrderPdf(
  fields: OrderPdfFields,
  documents: string[],
  wording: PdfWording,
): Promise<Buffer> {
  const { PDFDocument, rgb, StandardFonts } = await loadPdfLib();
  const colours: Colours = { blue: rgb(0, 0.27, 0.49), white: rgb(1, 1, 1), ink: rgb(0.11, 0.15, 0.2) };
  const BLUE = colours.blue;
  const INK = colours.ink;
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Bon de commande ${fields.numero_commande}`);
  pdf.setAuthor('Certigna');
  pdf.setLanguage('fr-FR');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const form = pdf.getForm();

  // Page 1: the order summary as fillable fields.
  const first = pdf.addPage(A4);
  header(first, bold, regular, 'Bon de commande – Certificat électronique', colours);
  let y = A4[1] - 110;
  first.drawText(encodable(bold, `Commande n° ${fields.numero_commande}`), {
    x: 40,
    y,
    size: 16,
    font: bold,
    color: INK,
  });
  y -= 22;
  first.drawText('Vérifiez les informations ci-dessous, complétez-les si besoin, puis signez ce bon.', {
    x: 40,
    y,
    size: 10,
    font: regular,
    color: INK,
  });
  y -= 30;
  for (const [name, label] of LABELS) {
    first.drawText(encodable(regular, label), { x: 40, y: y + 6, size: 10, font: regular, color: INK });
    const field = form.createTextField(wording.names[name]);
    field.setText(encodable(regular, fields[name]));
    field.addToPage(first, {
      x: 200,
      y,
      width: 355,
      height: 22,
      font: regular,
      borderColor: BLUE,
      borderWidth: 1,
    });
    field.setFontSize(11);
    y -= 32;
  }
  y -= 10;
  first.drawText('Date et signature du représentant légal :', {
    x: 40,
    y,
    size: 10,
    font: regular,
    color: INK,
  });
  first.drawRectangle({ x: 40, y: y - 90, width: 515, height: 80, borderColor: BLUE, borderWidth: 1 });
  form.updateFieldAppearances(regular);

  // Last page: what to send back, and where.
  const last = pdf.addPage(A4);
  header(last, bold, regular, 'Pièces justificatives', colours);
  y = A4[1] - 110;
  last.drawText(encodable(bold, wording.documentsTitle), { x: 40, y, size: 14, font: bold, color: INK });
  y -= 26;
  for (const doc of documents) {
    const lines = wrapLines(regular, encodable(regular, doc), 11, 490);
    lines.forEach((line, i) => {
      last.drawText(i === 0 ? `•  ${line}` : `    ${line}`, {
        x: 45,
        y,
        size: 11,
        font: regular,
        color: INK,
      });
      y -= 16;
    });
    y -= 4;
  }
  y -= 20;
  last.drawText('Les originaux sont à envoyer par courrier à :', {
    x: 40,
    y,
    size: 11,
    font: bold,
    color: INK,
  });
  y -= 18;
  for (const line of wording.address) {
    last.drawText(encodable(regular, line), { x: 60, y, size: 11, font: regular, color: INK });
    y -= 16;
  }

  return Buffer.from(await pdf.save());
}

/** The order's PDF form, pre-filled; it names the certificate's holder, who may not be the orderer. */
export function orderFormPdf(o: OrderMailInput): Promise<Buffer> {
  const { order, skin } = o;
  return buildOrderPdf(
    {
      numero_commande: order.number,
      societe: o.account.company,
      siret: o.account.siret,
      porteur: displayName(o.holder),
      produit: o.product.name,
      duree: durationLabel(order.duration),
      systeme: osLabel(order.os),
      paiement: paymentLabel(order.payment),
      bon_commande: order.purchaseOrder ?? '',
      prix_ht: formatPrice(order.totalHT),
    },
    o.documents,
    { names: skin.pdf.fields, documentsTitle: skin.t(SUPPORTING_DOCUMENTS_TITLE), address: o.address },
  );
}
