// The document register form: when the type changes, propose that type's next free number and default symbol,
// unless the officer has typed their own. Without this script the server fills a blank number or symbol.
(function () {
  'use strict';
  var form = document.querySelector('[data-document-form]');
  if (!form) return;
  var type = form.querySelector('[data-type]');
  var direction = form.querySelector('[data-direction]');
  var number = form.querySelector('[data-number]');
  var symbol = form.querySelector('[data-symbol]');
  var proposed = { number: number.value, symbol: symbol.value };

  function option() { return type.options[type.selectedIndex]; }

  function propose() {
    var issued = direction.value === 'issued';
    var next = issued ? option().getAttribute('data-next') : '';
    var sym = option().getAttribute('data-symbol');
    if (number.value === proposed.number) number.value = next;
    if (symbol.value === proposed.symbol) symbol.value = issued ? sym : '';
    symbol.placeholder = sym;
    proposed = { number: number.value, symbol: symbol.value };
  }

  type.addEventListener('change', propose);
  direction.addEventListener('change', propose);
})();
