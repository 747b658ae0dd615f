// Order form behaviour: live price box, CGU authority, purchase-order field, « Commander » state,
// « Effacer le formulaire ». The rules come from the server (data-rules), never hard-coded here:
// prices, authorities, payment modes, the fields « Commander » waits for and those « Effacer » empties.
(function () {
  'use strict';
  var form = document.getElementById('order-form');
  if (!form) return;
  var rules = JSON.parse(form.getAttribute('data-rules') || '{}');
  var purchaseOrderPattern = new RegExp(rules.purchaseOrderPattern);
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
  var cgu = document.getElementById('cgu');

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
      if (chosen.faceToFace) texts.push(rules.faceToFaceLine);
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
    // Whether each field the server requires is given, by its form name.
    var given = {
      produit: chosen !== null,
      duree: years > 0,
      os: checked('os') !== '',
      porteur: holder === 'moi' || (holder === 'autre' && !!otherSelect && otherSelect.value !== ''),
      paiement:
        rules.paymentModes.indexOf(payment) !== -1 && (!needsPo || purchaseOrderPattern.test(poInput.value)),
      cgu: cgu.checked,
      prix: price !== undefined,
    };
    submit.disabled = !rules.required.every(function (name) {
      return given[name] === true;
    });
  }

  if (otherSelect && otherRadio) {
    // Picking a person means ordering for another person.
    otherSelect.addEventListener('change', function () {
      if (otherSelect.value !== '') otherRadio.checked = true;
      update();
    });
  }

  clear.addEventListener('click', function () {
    rules.clears.forEach(function (name) {
      form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
        if (input.type === 'radio' || input.type === 'checkbox') input.checked = false;
        else input.value = '';
      });
    });
    if (otherSelect) otherSelect.value = '';
    meRadio.checked = true;
    update();
  });

  form.addEventListener('change', update);
  form.addEventListener('input', update);
  form.addEventListener('submit', function (event) {
    update();
    if (submit.disabled) event.preventDefault();
  });
  update();
})();
