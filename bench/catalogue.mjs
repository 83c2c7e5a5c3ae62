// A retailer's catalogue: the built-in knowledge base grown to `products` devices, each a numbered copy of
// one of its own (same brand, priors and policies), every `devices` list naming the copies of what it
// named. The per-question and per-action device lists grow with the catalogue, as a real one's do: what
// made model building quadratic. Plain JavaScript without imports: the node tests, the browser tests and
// the bench all build it from whichever built-in knowledge base they hold.

/** The built-in knowledge base with `products` devices (at least its own). */
export function catalogueKnowledgeBase(builtIn, products) {
  const originals = builtIn.devices;
  if (!Number.isInteger(products) || products < originals.length) {
    throw new RangeError(`products must be a whole number of at least ${originals.length}, not ${products}`);
  }
  const copiesOf = new Map(originals.map((device) => [device.id, []]));
  const devices = [];
  for (let k = 0; devices.length < products; k++) {
    for (const device of originals) {
      if (devices.length === products) break;
      const copy = k === 0 ? device : { ...device, id: `${device.id}-${k}`, name: `${device.name} ${k}` };
      devices.push(copy);
      copiesOf.get(device.id).push(copy.id);
    }
  }
  const grown = (list) => list?.flatMap((id) => copiesOf.get(id) ?? [id]);
  const withDevices = (entry) => ({
    ...entry,
    ...(entry.devices ? { devices: grown(entry.devices) } : {}),
    ...(entry.variants ? { variants: entry.variants.map((variant) => ({ ...variant, devices: grown(variant.devices) })) } : {}),
  });
  return {
    ...builtIn,
    id: `${builtIn.id ?? 'knowledge-base'}-catalogue-${products}`,
    devices,
    actions: builtIn.actions.map(withDevices),
    questions: builtIn.questions.map(withDevices),
  };
}
