// What a hardened page does before anything else runs (as SES's lockdown() does): the built-in
// prototypes frozen, so no script can change them, and assigning over an inherited property throws.
for (const builtIn of [
  Object,
  Array,
  Function,
  String,
  Number,
  Boolean,
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  Promise,
  Map,
  Set,
  WeakMap,
  RegExp,
  Date,
]) {
  Object.freeze(builtIn.prototype);
  Object.freeze(builtIn);
}
