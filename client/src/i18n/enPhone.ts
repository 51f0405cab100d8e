// English texts of the phone view's tasks; typed against dePhone.ts, so a missing key fails the typecheck.
import type { dePhone } from './dePhone';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const enPhone: Widen<typeof dePhone> = {
  phone: {
    now: 'Now for you',
    newTask: 'New: {{what}}',
    seen: 'Got it',
    kinds: {
      write: 'Write cards',
      vote: 'Vote',
      grid: 'Add your view',
      step: 'Next step',
      query: 'Card query',
      stakeholders: 'Fill in the stakeholder analysis',
    },
    step: {
      caseOf: 'Case: {{title}}',
      questions_one: 'Show the guiding question',
      questions_other: 'Show {{count}} guiding questions',
      listen: 'Look at the shared screen – nothing to do here right now.',
    },
    grid: {
      title: 'Your view of the case',
      forOrganisation: 'For {{organisation}}',
      intro: 'Short notes on each question. Everything is saved at once and shows in the moderation’s table.',
      loading: 'Loading your row …',
      noOrganisation: 'Your participation has no organisation; you cannot write here.',
    },
    vote: {
      loading: 'Loading the vote …',
      dotsLeft_one: '{{count}} dot left to give',
      dotsLeft_other: '{{count}} dots left to give',
      dotsOf_one: '{{title}}: {{count}} dot',
      dotsOf_other: '{{title}}: {{count}} dots',
      add: 'Give a dot: {{title}}',
      remove: 'Take a dot back: {{title}}',
      submit: 'Cast dots',
      saved: 'Your dots are saved. You can change them until the end.',
      consentIntro: 'Mark each formulation. You can change your choice until the round ends.',
      marks: { green: 'Agree', blue: 'Needs clarification', red: 'Objection' },
      marked_one: '{{count}} of {{total}} marked',
      marked_other: '{{count}} of {{total}} marked',
      overallGoal: 'Overall goal',
      unknownItem: '(no longer there)',
    },
  },
};
