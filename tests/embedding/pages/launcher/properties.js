// Properties, not attributes, set before the launcher entry or the widget has run.
const shop = document.getElementById('shop');
shop.launcher = 'full';
shop.locale = 'de';
shop.returnUrl = '/returns';
