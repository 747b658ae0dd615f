import { PARTNERS, covers, expect, mockOnly, rule, test, variant } from '../fixtures/index.ts';

/** How a person may type the partner code they were given: in lower case, or pasted with spaces. */
const TYPED = [
  { how: 'en minuscules', code: 'dematis' },
  { how: 'entouré d’espaces, comme collé depuis un e-mail', code: '  DEMATIS  ' },
] as const;

test.describe('Code partenaire saisi comme une personne le tape (étape 5)', { tag: ['@regression'] }, () => {
  test.beforeEach(async ({ logInAs, me }) => {
    await logInAs(me);
  });

  for (const [i, { how, code }] of TYPED.entries()) {
    test(
      `Un code partenaire connu saisi ${how} est accepté et restreint le catalogue`,
      {
        tag: [...variant(i === 0)],
        annotation: [
          ...covers('step5', rule('partner-code-typing', 'accepted'), rule('partner-code', 'accepted'))
            .annotation,
          mockOnly('the partner code DEMATIS is the mock’s'),
        ],
      },
      async ({ partnerStep, catalogue }) => {
        const partner = PARTNERS.DEMATIS;
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
      annotation: [
        ...covers('step5', rule('partner-code-typing', 'refused'), rule('partner-code', 'refused'))
          .annotation,
        mockOnly('the partner code DEMATIS is the mock’s'),
      ],
    },
    async ({ partnerStep, catalogue }) => {
      await partnerStep.open();
      const answer = await partnerStep.enterPartnerCode('DEMATIS2');

      await expect(answer).toBeReadableAnswer();
      await expect(partnerStep.unknownCode).toBeVisible();
      await expect(partnerStep.partnerCode).toHaveValue('DEMATIS2');
      await expect(catalogue.allProducts).toHaveCount(0);
    },
  );
});
