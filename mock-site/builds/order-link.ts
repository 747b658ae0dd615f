import type { Partner } from '../domain/catalogue.ts';
import type { Skin } from './skin.ts';

/** A page of the order with the skin's query parameters: product (by its posted value) and partner. */
export function orderLink(
  skin: Skin,
  path: string,
  product: string | undefined,
  partner: Partner | undefined,
) {
  const { fields, encode } = skin;
  const query = [
    ...(product ? [`${fields.order.produit}=${encode('produit', product)}`] : []),
    ...(partner ? [`${fields.order.partenaire}=${encodeURIComponent(partner.code)}`] : []),
  ];
  return query.length ? `${path}?${query.join('&')}` : path;
}
