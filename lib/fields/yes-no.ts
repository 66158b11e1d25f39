/**
 * Yes/no inputs. Zapier's own boolean type converts mapped text before the app sees it ("off"
 * arrives as true), so these fields are text with two choices and lib/input.ts reads them:
 * yes, no, true, false, on, off and the like, and refuses anything else naming the field.
 */
export const YES_NO_CHOICES = [
  { value: 'yes', label: 'Yes', sample: 'yes' },
  { value: 'no', label: 'No', sample: 'no' },
];

export const yesNo = { type: 'string', choices: YES_NO_CHOICES } as const;
