// Pre-selects the browser's time zone in a fresh form; without JavaScript the default stays.
document.querySelectorAll('select[data-guess-zone]').forEach((select) => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!select.dataset.touched && [...select.options].some((o) => o.value === zone)
      && !document.querySelector('.error-summary')) {
    select.value = zone;
  }
});
