/**
 * The flags a meter pattern (words.yaml `when` / `who`) is compiled with: Unicode always, ignoring case unless the
 * rule says `case: true`. Shared by the schema that checks the patterns at build time and the page that runs them.
 */
export const meterFlags = (rule: { case: boolean }): string => (rule.case ? 'u' : 'iu');
