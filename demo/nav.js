// The demo site's header, written once for every page; marks the page you are on.
const pages = [
  ['product.html', 'Product page'],
  ['support.html', 'Support page'],
  ['theming.html', 'Theming'],
  ['core-api.html', 'Core API'],
];
const here = location.pathname.split('/').pop() || 'index.html';
const header = document.querySelector('.site-header');
const logo = Object.assign(document.createElement('a'), { className: 'logo', href: 'index.html', textContent: 'SoundShop' });
const nav = Object.assign(document.createElement('nav'), { ariaLabel: 'Demo pages' });
for (const [href, label] of pages) {
  const link = Object.assign(document.createElement('a'), { href, textContent: label });
  if (href === here) link.setAttribute('aria-current', 'page');
  nav.append(link);
}
header.replaceChildren(logo, nav);
