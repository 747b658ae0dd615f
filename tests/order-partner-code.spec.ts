import { covers, expect, rule, test, variant } from '../fixtures/index.ts';

/**
 * How a person may type the partner code they were given: in lower case, or pasted with spaces.
 * The code is the mock's own, or PARTNER_CODE's on a deployed portal (the fixture partner).
 */
const TYPED = [
  { how: 'en minuscules', typed: (code: string) => code.toLowerCase() },
  { how: 'entouré d’espaces, comme collé depuis un e-mail', typed: (code: string) => `  ${code}  ` },
] as const;

test.describe('Code partenaire saisi comme une personne le tape (étape 5)', { tag: ['@regression'] }, () => {
  test.beforeEach(async ({ logInAs, me }) => {
    await logInAs(me);
  });

  for (const [i, { how, typed }] of TYPED.entries()) {
    test(
      `Un code partenaire connu saisi ${how} est accepté et restreint le catalogue`,
      {
        tag: [...variant(i === 0)],
        ...covers('step5', rule('partner-code-typing', 'accepted'), rule('partner-code', 'accepted')),
      },
      async ({ partnerStep, catalogue, partner }) => {
        const code = typed(partner.code);
        await partnerStep.open();
        const answer = await partnerStep.enterPartnerCode(code);

        await expect(answer).toBeReadableAnswer();
        await expect(partnerStep.unknownCode, `« ${code} » is not refused as unknown`).toBeHidden();
        await expect(catalogue.partner(partner.name)).toBeVisible();
        await expect(catalogue.allProducts).toHaveText([...partner.products]);
      },
    );
  }

  test(
    'Un code qui ressemble seulement à un code connu est refusé',
    {
      tag: ['@error-case'],
      ...covers('step5', rule('partner-code-typing', 'refused'), rule('partner-code', 'refused')),
    },
    async ({ partnerStep, catalogue, partner }) => {
      // A known code with one more character: only its beginning is a partner's.
      const nearly = `${partner.code}2`;
      await partnerStep.open();
      const answer = await partnerStep.enterPartnerCode(nearly);

      await expect(answer).toBeReadableAnswer();
      await expect(partnerStep.unknownCode).toBeVisible();
      await expect(partnerStep.partnerCode).toHaveValue(nearly);
      await expect(catalogue.allProducts).toHaveCount(0);
    },
  );
});
