// What every GlitchLab webview does on load: tell the extension it is ready, and say it again
// until the first view arrives — a panel opened while another is being laid out can miss the
// first message (seen with two panels opened at once by HUD triage).
export function sayReadyUntilView(post: () => void, everyMs = 2000): { gotView(): void } {
  let got = false;
  const hello = () => {
    if (got) return;
    post();
    setTimeout(hello, everyMs);
  };
  hello();
  return { gotView: () => void (got = true) };
}
