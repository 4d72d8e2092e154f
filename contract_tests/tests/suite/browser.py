"""Headless Chromium (Debian's `chromium`, which `make test` installs) for looking at the HTML report as a reader
does: its layout at a window width, its printed pages, a screenshot. Nothing but local files is opened."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
TIMEOUT = 120
MEASURE_ID = "layout-measure"
# Run after the page is laid out, with every collapsed section opened (a reader may open any): the page's width,
# and every element whose box reaches past the window.
_MEASURE = f"""
<script>
addEventListener("load", () => {{
  for (const details of document.querySelectorAll("details")) details.open = true;
  const width = document.documentElement.clientWidth;
  const over = [];
  for (const el of document.querySelectorAll("body *")) {{
    const box = el.getBoundingClientRect();
    if (box.width && box.right > width + 1) over.push(el.tagName + ": " + (el.textContent || "").slice(0, 80));
  }}
  const out = document.createElement("pre");
  out.id = "{MEASURE_ID}";
  out.textContent = JSON.stringify({{
    clientWidth: width, scrollWidth: document.documentElement.scrollWidth, overflowing: over
  }});
  document.body.appendChild(out);
}});
</script>
"""


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        raise RuntimeError("chromium is not installed: `make test` installs it (apt-get install chromium)")
    return found


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        command = [chromium(), *FLAGS, f"--user-data-dir={profile}", *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"chromium failed ({done.returncode}): {done.stderr[-2000:]}")
    return done


@dataclass(frozen=True)
class Layout:
    client_width: int
    scroll_width: int
    overflowing: list[str]


def layout(page: Path, width: int, height: int = 900) -> Layout:
    """The page laid out in a window `width` pixels wide (a copy with a measuring script is opened)."""
    with tempfile.TemporaryDirectory(prefix="layout-") as scratch:
        copy = Path(scratch) / page.name
        copy.write_text(page.read_text(encoding="utf-8").replace("</body>", _MEASURE + "</body>"), encoding="utf-8")
        done = _run(f"--window-size={width},{height}", "--dump-dom", copy.as_uri())
    match = re.search(rf'<pre id="{MEASURE_ID}">(.*?)</pre>', done.stdout, re.DOTALL)
    if match is None:
        raise RuntimeError(f"the measuring script did not run: {done.stdout[-500:]}")
    data = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<"))
    return Layout(data["clientWidth"], data["scrollWidth"], data["overflowing"])


def pdf_pages(page: Path) -> int:
    """How many A4 pages the page prints to (Chromium's print to PDF, no header or footer)."""
    with tempfile.TemporaryDirectory(prefix="print-") as scratch:
        pdf = Path(scratch) / "page.pdf"
        _run(f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
        return count_pages(pdf.read_bytes())


def count_pages(pdf: bytes) -> int:
    """The page count of a PDF: its `/Type /Page` objects, in plain and in compressed object streams."""
    texts = [pdf]
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            texts.append(zlib.decompress(stream.group(1)))
        except zlib.error:
            continue
    return sum(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", text)) for text in texts)


def screenshot(page: Path, png: Path, width: int = 1280, height: int = 2400) -> Path:
    _run(f"--window-size={width},{height}", f"--screenshot={png}", "--hide-scrollbars", page.as_uri())
    return png
