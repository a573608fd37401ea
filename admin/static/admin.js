// Small progressive enhancements; every page works without this file.
(() => {
  // confirm before destructive posts: <form data-confirm="…">
  document.addEventListener("submit", (e) => {
    const f = e.target;
    if (f instanceof HTMLFormElement && f.dataset.confirm && !window.confirm(f.dataset.confirm)) {
      e.preventDefault();
    }
  });
  // <select data-autosubmit> submits its form on change
  document.addEventListener("change", (e) => {
    const s = e.target;
    if (s instanceof HTMLSelectElement && s.hasAttribute("data-autosubmit")) s.form?.submit();
  });
  // <button data-print> prints the page (the invitation sheet)
  document.addEventListener("click", (e) => {
    const b = e.target;
    if (b instanceof HTMLElement && b.closest("[data-print]")) window.print();
  });
  // playground: poll the chat, post without reloading
  const chat = document.querySelector("[data-poll]");
  if (!chat) return;
  const url = chat.getAttribute("data-poll");
  let last = "";
  const refresh = async () => {
    try {
      const r = await fetch(url, { headers: { "x-requested-with": "fetch" }, cache: "no-store" });
      if (!r.ok) return;
      const html = await r.text();
      if (html !== last) {
        last = html;
        chat.innerHTML = html;
        chat.scrollTop = chat.scrollHeight;
      }
    } catch {
      /* offline for a moment: try again on the next tick */
    }
  };
  document.addEventListener("submit", async (e) => {
    const f = e.target;
    if (!(f instanceof HTMLFormElement) || !f.action.includes("/playground/") || e.defaultPrevented)
      return;
    e.preventDefault();
    const body = new URLSearchParams(new FormData(f));
    await fetch(f.action, { method: "POST", body, headers: { "x-requested-with": "fetch" } });
    const input = f.querySelector('input[name="text"]:not([type="hidden"])');
    if (input) input.value = "";
    setTimeout(refresh, 300);
  });
  setInterval(refresh, 1500);
  refresh();
})();
