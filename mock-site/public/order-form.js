// Order form behaviour: live price box, CGU authority, purchase-order field, « Commander » state,
// « Effacer le formulaire ». The rules come from the server (data-rules), never hard-coded here.
(function () {
  'use strict';
  var form = document.getElementById('order-form');
  if (!form) return;
  var rules = JSON.parse(form.getAttribute('data-rules') || '{}');
  // Named defects the mock was started with (test mode only; mock-site/defects.ts).
  var defects = (form.getAttribute('data-defects') || '').split(' ');
  function defect(name) {
    return defects.indexOf(name) !== -1;
  }
  var purchaseOrderTouched = false;
  var lines = document.getElementById('tarif-lignes');
  var priceField = document.getElementById('prix');
  var authority = document.getElementById('cgu-autorite');
  var poBlock = document.getElementById('bon-commande-champ');
  var poInput = document.getElementById('bon-commande');
  var prompt = document.getElementById('paiement-invite');
  var submit = document.getElementById('commander');
  var clear = document.getElementById('effacer');
  var otherSelect = document.getElementById('autre-porteur');
  var otherRadio = document.getElementById('porteur-autre');
  var meRadio = document.getElementById('porteur-moi');

  function checked(name) {
    var input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : '';
  }

  function product(slug) {
    for (var i = 0; i < rules.products.length; i++) {
      if (rules.products[i].slug === slug) return rules.products[i];
    }
    return null;
  }

  function money(amount) {
    return amount.toFixed(1) + ' € HT';
  }

  function durationLabel(years) {
    return years === 1 ? '1 an' : years + ' ans';
  }

  function setLines(texts) {
    // Only rewrite when something changed, so screen readers hear real updates only.
    var current = Array.prototype.map.call(lines.children, function (p) {
      return p.textContent;
    });
    if (current.join('\n') === texts.join('\n')) return;
    lines.textContent = '';
    texts.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      lines.appendChild(p);
    });
  }

  function update() {
    var chosen = product(checked('produit'));
    var years = Number(checked('duree'));
    var price = chosen && years ? chosen.prices[years] : undefined;

    if (price !== undefined) {
      var texts = ['Durée (' + durationLabel(years) + ') : ' + money(price), 'Total : ' + money(price)];
      if (chosen.faceToFace && !defect('face-to-face-fee-missing')) texts.push(rules.faceToFaceLine);
      setLines(texts);
      priceField.value = price.toFixed(1);
    } else {
      setLines([rules.placeholder]);
      priceField.value = '';
    }

    authority.textContent = chosen ? chosen.authority : rules.defaultAuthority;

    var payment = checked('paiement');
    var needsPo = payment === rules.purchaseOrderMode;
    poBlock.hidden = !needsPo;
    prompt.hidden = payment !== '';

    var holder = checked('porteur');
    var holderOk = holder === 'moi' || (holder === 'autre' && otherSelect && otherSelect.value !== '');

    var complete =
      price !== undefined &&
      checked('os') !== '' &&
      holderOk &&
      rules.paymentModes.indexOf(payment) !== -1 &&
      (!needsPo || poInput.value.trim() !== '') &&
      document.getElementById('cgu').checked;
    if (defect('commander-never-greyed')) complete = true;
    if (defect('commander-greyed-after-purchase-order') && purchaseOrderTouched) complete = false;
    submit.disabled = !complete;
  }

  if (otherSelect && otherRadio) {
    // Picking a person means ordering for another person.
    otherSelect.addEventListener('change', function () {
      if (otherSelect.value !== '') otherRadio.checked = true;
      update();
    });
  }

  clear.addEventListener('click', function () {
    ['produit', 'duree', 'os', 'paiement'].forEach(function (name) {
      form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
        input.checked = false;
      });
    });
    poInput.value = '';
    if (!defect('clear-form-keeps-cgu')) document.getElementById('cgu').checked = false;
    if (otherSelect) otherSelect.value = '';
    meRadio.checked = true;
    update();
  });

  poInput.addEventListener('input', function () {
    purchaseOrderTouched = true;
  });
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  form.addEventListener('submit', function (event) {
    update();
    if (submit.disabled) event.preventDefault();
  });
  update();
})();
