// Prototype.js 1.6 installs Array.prototype.toJSON when it loads: before any widget exists.
installArrayToJson();
