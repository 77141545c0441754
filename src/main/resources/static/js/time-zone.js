// Pre-selects the browser's time zone in a fresh form; without JavaScript the default stays.
// A country list marked data-guess-country follows the time zone (its option's data-country)
// until the person picks a country themselves.
document.querySelectorAll('select[data-guess-zone]').forEach((select) => {
  const country = select.form && select.form.querySelector('select[data-guess-country]');
  const follow = () => {
    const guess = select.selectedOptions[0] && select.selectedOptions[0].dataset.country;
    if (country && !country.dataset.touched && guess
        && [...country.options].some((o) => o.value === guess)) {
      country.value = guess;
    }
  };
  if (country) {
    country.addEventListener('change', () => { country.dataset.touched = 'true'; });
  }
  select.addEventListener('change', follow);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!select.dataset.touched && [...select.options].some((o) => o.value === zone)
      && !document.querySelector('.error-summary')) {
    select.value = zone;
    follow();
  }
});
