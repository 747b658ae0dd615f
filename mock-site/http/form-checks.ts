import type { Skin } from '../builds/skin.ts';
import type { AccountBehaviour } from '../domain/account-behaviour.ts';
import {
  EMAIL_MESSAGE,
  EMAIL_PATTERN,
  LOGIN_MESSAGE,
  LOGIN_PATTERN,
  LOGIN_TAKEN,
} from '../domain/account-behaviour.ts';
import type { Store } from '../domain/store.ts';
import type { Form } from './web.ts';
import { field } from './web.ts';

/** The first problem with a posted person or new password, in the skin's words. */

const MAX_LENGTH = 120;

/**
 * The first problem with a person's fields (the signup form's and « Créer un utilisateur »'s), in
 * the skin's words.
 */
export function personProblem(
  skin: Skin,
  store: Store,
  form: Form,
  fields: readonly { name: string; label: string }[],
): { message: string; status: 400 | 409 } | undefined {
  const { t, say } = skin;
  for (const f of fields) {
    const value = field(form, f.name);
    if (!value) return { message: t('Veuillez renseigner : {}', say(f.label)), status: 400 };
    if (value.length > MAX_LENGTH)
      return { message: `Ce champ est trop long : ${say(f.label)}`, status: 400 };
  }
  if (!EMAIL_PATTERN.test(field(form, 'email'))) return { message: t(EMAIL_MESSAGE), status: 400 };
  if (!LOGIN_PATTERN.test(field(form, 'identifiant'))) return { message: t(LOGIN_MESSAGE), status: 400 };
  if (store.userByLogin(field(form, 'identifiant'))) return { message: t(LOGIN_TAKEN), status: 409 };
  return undefined;
}

/** The first problem with a new password, in the skin's words (`label`: the password field's). */
export function passwordProblem(
  skin: Skin,
  accounts: Pick<AccountBehaviour, 'minPasswordLength' | 'passwordsMatch'>,
  password: string,
  confirmation: string,
  label: string,
): string | undefined {
  const { t } = skin;
  if (!password) return t('Veuillez renseigner : {}', label);
  if (!confirmation) return t('Veuillez renseigner : {}', t('Confirmez le mot de passe'));
  if (password.length < accounts.minPasswordLength)
    return t('Le mot de passe doit comporter au moins {} caractères.', accounts.minPasswordLength);
  if (password.length > 200) return 'Le mot de passe est trop long.';
  if (!accounts.passwordsMatch(password, confirmation)) return t('Les mots de passe ne correspondent pas.');
  return undefined;
}
