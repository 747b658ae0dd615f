import type { OrderPageRules, Partner, PersonalProduct } from '../domain.ts';
import { displayName, durationLabel, DURATIONS, OS_CHOICES, PAYMENT_MODES } from '../domain.ts';
import type { User } from '../store.ts';
import type { CustomerContext } from '../web.ts';
import { CsrfField, Req } from './components.tsx';
import { Layout } from './layout.tsx';

type Props = {
  me: CustomerContext;
  partner: Partner | undefined;
  preselected: PersonalProduct | undefined;
  others: User[];
  /** What the page is told of the rules: the markup below and the page's script both follow it. */
  rules: OrderPageRules;
};

/** A set of radios announced as a radiogroup named by its legend. */
function RadioGroup(p: {
  id: string;
  legend: string;
  name: string;
  choices: readonly { value: string; label: string }[];
  checked?: string | undefined;
  intro?: string;
}) {
  const introId = p.intro ? `${p.id}-intro` : undefined;
  return (
    <fieldset class="choice" role="radiogroup" aria-labelledby={`${p.id}-legend`} aria-describedby={introId}>
      <legend id={`${p.id}-legend`}>
        {p.legend}
        <Req />
      </legend>
      {p.intro && (
        <p class="choice__intro" id={introId}>
          {p.intro}
        </p>
      )}
      {p.choices.map((choice) => (
        <div class="radio">
          <input
            type="radio"
            id={`${p.id}-${choice.value}`}
            name={p.name}
            value={choice.value}
            checked={p.checked === choice.value}
          />
          <label for={`${p.id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function OrderFormPage({ me, partner, preselected, others, rules }: Props) {
  const authority =
    rules.products.find((p) => p.slug === preselected?.slug)?.authority ?? rules.defaultAuthority;
  return (
    <Layout
      title="Nouvelle commande"
      scripts={['order-form.js']}
      who={{ logoutAction: '/deconnexion', csrf: me.session.csrf }}
    >
      <h1>Nouvelle commande</h1>
      <form
        method="post"
        action="/commande"
        novalidate
        id="order-form"
        class="order"
        data-rules={JSON.stringify(rules)}
      >
        <CsrfField token={me.session.csrf} />
        <input type="hidden" name="partenaire" value={partner?.code ?? ''} />
        <input type="hidden" name="prix" id="prix" value="" />

        <fieldset class="section">
          <legend>1. Informations générales</legend>
          <div class="section__grid">
            <div class="partner-info">
              <p class="label-like">Partenaire Certigna ?</p>
              <p>
                {partner
                  ? `Vous passez par notre partenaire ${partner.name}.`
                  : "Vous avez choisi de passer par Certigna, vous avez accès à l'ensemble de notre gamme de produit."}
              </p>
            </div>
            <RadioGroup
              id="type"
              legend="Quel type de certificat ?"
              name="produit"
              choices={rules.products.map((p) => ({ value: p.slug, label: p.name }))}
              checked={preselected?.slug}
            />
            <RadioGroup
              id="duree"
              legend="Quelle durée de validité ?"
              name="duree"
              choices={DURATIONS.map((d) => ({ value: String(d), label: durationLabel(d) }))}
            />
            <div class="tarif" role="status" aria-labelledby="tarif-titre" id="tarif">
              <p class="tarif__title" id="tarif-titre">
                Tarif
              </p>
              <div id="tarif-lignes">
                <p>{rules.placeholder}</p>
              </div>
            </div>
          </div>
          <RadioGroup
            id="os"
            legend="Quel système d'exploitation ?"
            name="os"
            intro="Le certificat sera utilisé sur un ordinateur exécutant :"
            choices={OS_CHOICES}
          />
          <p class="note">
            <small>
              Les certificats normés RGS utilisent l'algorithme SHA-256. Cet algorithme est présent sous
              Windows à partir de Windows XP SP3.
            </small>
          </p>
        </fieldset>

        <fieldset class="section">
          <legend>2. Porteur du certificat</legend>
          <h2 class="section__heading">Quel porteur de certificat ?</h2>
          <p class="explain">
            Le terme "Porteur de certificat" désigne la personne physique qui est nommée explicitement dans un
            certificat électronique (présence de ses nom, prénom, email) et qui l'utilise au quotidien. En
            règle générale, cette personne doit effectuer elle-même la demande de certificat. Il faut donc
            créer, si ce n'est déjà fait, dans la liste de vos utilisateurs, les différentes personnes
            susceptibles de commander un certificat. Dans certains cas (ex: certificat pour un maire), il est
            possible qu'une autre personne puisse générer la demande à sa place.
          </p>
          <fieldset class="choice" role="radiogroup" aria-labelledby="porteur-legend">
            <legend id="porteur-legend">
              Certificat délivré pour ?
              <Req />
            </legend>
            <div class="radio">
              <input type="radio" id="porteur-moi" name="porteur" value="moi" checked />
              <label for="porteur-moi">{displayName(me.user)}</label>
            </div>
            {rules.mayOrderForAnother && (
              <div class="radio radio--with-select">
                <input type="radio" id="porteur-autre" name="porteur" value="autre" />
                <label for="porteur-autre">Une autre personne de</label>
                <label class="visually-hidden" for="autre-porteur">
                  Autre porteur
                </label>
                <select id="autre-porteur" name="autre_porteur">
                  <option value="">Choisissez une personne</option>
                  {others.map((u) => (
                    <option value={u.id}>
                      {u.firstName} {u.lastName}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </fieldset>
          {!rules.mayOrderForAnother && (
            <p class="note">
              Pour commander pour une autre personne, il faut être Délégué ou Mandataire de Certification.
            </p>
          )}
        </fieldset>

        <fieldset class="section" id="paiement">
          <legend>
            3. Moyen de paiement
            <Req />
          </legend>
          <div class="radios-inline">
            {PAYMENT_MODES.filter((m) => rules.paymentModes.includes(m.value)).map((m) => (
              <div class="radio">
                <input type="radio" id={`paiement-${m.value}`} name="paiement" value={m.value} />
                <label for={`paiement-${m.value}`}>{m.label}</label>
              </div>
            ))}
          </div>
          <div class="field" id="bon-commande-champ" hidden>
            <label for="bon-commande">
              Numéro de bon de commande
              <Req />
            </label>
            <input
              id="bon-commande"
              name="bon_commande"
              type="text"
              autocomplete="off"
              aria-required="true"
            />
          </div>
          <p class="prompt" id="paiement-invite">
            Veuillez sélectionner un moyen de paiement afin de finaliser votre commande
          </p>
        </fieldset>

        <fieldset class="section">
          <legend>4. Conditions Générales d'Utilisation</legend>
          <div class="checkbox">
            <input type="checkbox" id="cgu" name="cgu" value="on" />
            <label for="cgu">
              J'atteste avoir pris connaissance des conditions générales d'utilisation de l'autorité{' '}
              <span id="cgu-autorite">{authority}</span>
              <Req />
            </label>
          </div>
        </fieldset>

        <div class="actions">
          <p class="note">Les champs marqués d'un astérisque sont obligatoires</p>
          <button type="button" class="button button--secondary" id="effacer">
            Effacer le formulaire
          </button>
          <button type="submit" class="button" id="commander" disabled>
            Commander
          </button>
        </div>
      </form>
    </Layout>
  );
}
