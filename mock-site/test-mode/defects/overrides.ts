import type { AccountBehaviour } from '../../domain/account-behaviour.ts';
import type { OrderChecks } from '../../domain/order-checks.ts';
import type { OrderPageRules } from '../../domain/order-page.ts';
import type { PortalRules } from '../../domain/portal-rules.ts';
import type { SiretCheck } from '../../domain/siret.ts';
import type { Store } from '../../domain/store.ts';
import type { Behaviour, Mails } from '../../http/behaviour.ts';

/**
 * How a named defect is written: what it replaces of the parts the app is built with, and the
 * helpers that replace one part of them. The defects themselves are in the files beside this one.
 */

/** The portal's replaceable parts, as `buildApp` takes them. */
export type Parts = { rules: PortalRules; behaviour: Behaviour };

/** What a defect replaces, given the parts as earlier defects left them (so defects combine). */
export type Override = {
  rules?: (current: PortalRules) => Partial<PortalRules>;
  behaviour?: (current: Behaviour) => Partial<Behaviour>;
};

/** One named defect: what it breaks, in a sentence, and its override. */
export type Defect = { summary: string; override: Override };

/** The order page is told something else; the server's own checks still hold. */
export function orderPage(change: (told: OrderPageRules) => Partial<OrderPageRules>): Override {
  return {
    behaviour: (b) => ({
      orderPage: (...args) => {
        const told = b.orderPage(...args);
        return { ...told, ...change(told) };
      },
    }),
  };
}

/** The server stops making one of its own checks of a posted order. */
export function orderChecks(change: Partial<OrderChecks>): Override {
  return { behaviour: (b) => ({ orderChecks: { ...b.orderChecks, ...change } }) };
}

/** « aBc » → « AbC », as typed with Caps Lock on. */
export function invertCase(text: string): string {
  return [...text].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('');
}

/** One member of the account behaviour (domain/account-behaviour.ts) acts otherwise. */
export function accounts(change: (current: AccountBehaviour) => Partial<AccountBehaviour>): Override {
  return { behaviour: (b) => ({ accounts: { ...b.accounts, ...change(b.accounts) } }) };
}

/** The portal's SIRET check with one more rule in front of it. */
export function siret(change: (input: string, current: PortalRules['checkSiret']) => SiretCheck): Override {
  return { rules: (r) => ({ checkSiret: (input) => change(input, r.checkSiret) }) };
}

export function mails(change: (current: Mails) => Partial<Mails>): Override {
  return { behaviour: (b) => ({ mails: { ...b.mails, ...change(b.mails) } }) };
}

/** Some of the store's methods act otherwise; the others, and the state, stay the store's own. */
export function storeMethods(change: (inner: Store) => Partial<Store>): Override {
  return {
    behaviour: (b) => ({
      store: (store) => {
        const inner = b.store(store);
        const replaced: Partial<Store> = change(inner);
        return new Proxy(inner, {
          get(target, key) {
            if (Object.hasOwn(replaced, key)) return replaced[key as keyof Store];
            const value: unknown = Reflect.get(target, key);
            // Bound, so that the store's own methods keep working on its own state.
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    }),
  };
}
