// embed.html's own script: listens to the widget's event, as a host page would.
const log = document.getElementById("event-log");
document.addEventListener("lede-analyzed", (ev) => {
  const a = ev.detail;
  const id = ev.target && ev.target.id ? ev.target.id : "lede-analyzer";
  log.textContent = `lede-analyzed from #${id}: ${a.entities.length} entities, ${a.quotes.length} quotes, ${a.dates.length} dates (language ${a.language}, reference date ${a.reference_date ?? "none"}).`;
});
