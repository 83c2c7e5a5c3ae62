// Page code that changes JSON under the widget, as real pages do (an external file: the pages' CSP
// forbids inline scripts). Installed before the bundle:
// - JSON.parse wrapped with a reviver that turns date-like strings into Date objects;
// - JSON.stringify wrapped to call the (patched) toJSON methods of Prototype.js 1.6;
// - Prototype.js 1.6's String, Number and Date toJSON.
// `installArrayToJson()` adds Prototype.js 1.6's Array.prototype.toJSON (a JSON *string*, enumerable,
// as Object.extend makes it) when the test asks: see the test for why not at once.
(() => {
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const DATE = /^\d{4}-\d\d-\d\d(?:T[\d:.]+Z?)?$/;
  JSON.parse = (text, reviver) =>
    parse(text, function (key, value) {
      const revived = typeof value === 'string' && DATE.test(value) ? new Date(value) : value;
      return reviver ? reviver.call(this, key, revived) : revived;
    });
  JSON.stringify = (value, replacer, space) => stringify(value, replacer, space);
  String.prototype.toJSON = function () {
    return `"${this.replace(/"/g, '\\"')}"`;
  };
  Number.prototype.toJSON = function () {
    return Number.isFinite(this.valueOf()) ? this.toString() : 'null';
  };
  Date.prototype.toJSON = function () {
    return `"${this.getUTCFullYear()}-${String(this.getUTCMonth() + 1).padStart(2, '0')}-${String(this.getUTCDate()).padStart(2, '0')}"`;
  };
  window.installArrayToJson = () => {
    Array.prototype.toJSON = function () {
      const results = [];
      for (let i = 0; i < this.length; i++) {
        const value = stringify(this[i]);
        if (value !== undefined) results.push(value);
      }
      return `[${results.join(', ')}]`;
    };
  };
})();
