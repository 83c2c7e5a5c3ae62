// Lit creates its Trusted Types policy, "lit-html", as it loads. Under a Content-Security-Policy of
// `trusted-types lit-html` without 'allow-duplicates', a second Lit on the page (the shop's own, another
// version, or this widget's module beside its classic bundle) cannot, and the browser throws while Lit
// loads: no element would be defined and nothing could say why. The entries import this module before
// Lit, so it runs first; it catches that one refusal, for Lit's loading only, and the elements then show
// the fix instead of a blank box.

type PolicyFactory = { createPolicy(name: string, rules: object): unknown };

const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
let refusal: string | undefined;
let guarding = false;

if (factory !== undefined) {
  const create = factory.createPolicy;
  try {
    Object.defineProperty(factory, 'createPolicy', {
      configurable: true,
      writable: true,
      value(name: string, rules: object) {
        try {
          return create.call(factory, name, rules);
        } catch (error) {
          if (name !== 'lit-html') throw error;
          refusal = String((error as Error)?.message ?? error);
          return undefined;
        }
      },
    });
    guarding = true;
  } catch {
    // A frozen factory (a hardened page): Lit's own error stands.
  }
}

/**
 * Ends the guard once Lit has loaded, leaving the page's factory as it was: a later policy named
 * "lit-html" is refused as the page's policy says. Returns why Lit has no policy, if it was refused one.
 */
export function endLitPolicyGuard(): string | undefined {
  if (guarding) delete (factory as Partial<PolicyFactory>).createPolicy;
  guarding = false;
  return refusal;
}
