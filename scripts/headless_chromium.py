"""What scripts/check-accessibility and scripts/check-print share: installing what they
need when it is missing, serving a built site on this machine only, and a headless
Chromium driven through Selenium and the DevTools protocol.

A built site links from its root (`/assets/dossier.css`), so it is served over HTTP on
127.0.0.1 rather than opened from disk; each folder gets its own port.
"""
import functools
import html.parser
import http.server
import os
import shutil
import subprocess
import sys
import threading

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def install_missing(apt=(), pip=()):
    """Installs the Debian packages (by the command they provide) and the PyPI packages
    (by the module they provide) that are missing, as scripts/install-dependencies does."""
    missing_apt = [package for command, package in apt if shutil.which(command) is None]
    if missing_apt:
        print(f"Installing {' '.join(missing_apt)} (Debian)...", file=sys.stderr)
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
        subprocess.run(sudo + ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq",
                               "--no-install-recommends"] + missing_apt, check=True, stdout=subprocess.DEVNULL)
    missing_pip = []
    for module, package in pip:
        try:
            __import__(module)
        except ImportError:
            missing_pip.append(package)
    if missing_pip:
        print(f"Installing {' '.join(missing_pip)} (PyPI)...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet"] + missing_pip, check=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class SiteServer:
    """Serves one output folder at http://127.0.0.1:<free port>/ while the `with` lasts."""

    def __init__(self, root):
        self.root = os.path.abspath(root)
        handler = functools.partial(_QuietHandler, directory=self.root)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path):
        """The address of a file of the folder, `cases/x/index.html` served as `cases/x/`."""
        relative = os.path.relpath(path, self.root).replace(os.sep, "/")
        if relative.endswith("index.html"):
            relative = relative[: -len("index.html")]
        return self.base + ("" if relative == "." else relative)


def site_name(folder):
    """How a report names an output folder: its name, or for a golden fixture site
    (`Fixtures/sites/bilingual/expected`) the site's."""
    path = os.path.normpath(os.path.abspath(folder))
    name = os.path.basename(path)
    return os.path.basename(os.path.dirname(path)) if name == "expected" else name


def start_chromium():
    """A headless Chromium through the Debian chromedriver (Selenium never downloads one)."""
    os.environ.setdefault("SE_OFFLINE", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--lang=en"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def set_viewport(driver, width, height=None, dark=False):
    """Lays the page out at `width` CSS pixels (a phone below 600, with its touch viewport),
    in the light or dark colour scheme."""
    height = height or (844 if width < 600 else 900)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


class PageFacts(html.parser.HTMLParser):
    """Reads what the checks need from a page without a browser: its kind (`<body
    class="kind-case">`), its language, and whether it only redirects."""

    def __init__(self, path):
        super().__init__()
        self.kind = None
        self.language = None
        self.redirect = False
        with open(path, encoding="utf-8") as file:
            self.feed(file.read())

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.language = attrs.get("lang")
        elif tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.redirect = True
        elif tag == "body":
            for name in (attrs.get("class") or "").split():
                if name.startswith("kind-"):
                    self.kind = name[len("kind-"):]


def pages_of(root):
    """Every HTML page of an output folder that is not a redirect, as (path, PageFacts)."""
    found = []
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                facts = PageFacts(path)
                if not facts.redirect and facts.kind:
                    found.append((path, facts))
    return sorted(found)
