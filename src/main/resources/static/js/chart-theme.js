// What every chart takes from the page: the palette of between.css (so charts follow light
// and dark mode) and the person's reduced-motion choice. Load it before a chart's script.
window.BetweenChart = {
  theme() {
    const style = getComputedStyle(document.documentElement);
    const color = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
    return {
      accent: color('--accent', '#2f6f62'),
      text: color('--text', '#1f2421'),
      muted: color('--muted', '#4f5753'),
      border: color('--border', '#c9cdc6'),
      reduceMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches
    };
  }
};
