#!/usr/bin/env python3
"""Opens HTML pages in headless Chromium (the Chrome DevTools Protocol over a pipe, no
network, no third-party Python packages), takes a screenshot of each, and fails on any
console error, uncaught exception, failed resource or request that leaves the machine, on a
report whose inline SVG charts have fewer than --min-data data elements (`svg .datum`), on a
document view with fewer than --min-marks highlighted marks, and on a page slower to load than
--max-load-ms.

    browser-check.py --report report.html --document doc.html --follow-link 'a[href*="-docs/"]' \\
        --min-data 20 --screenshot-dir shots/

Prints one line per page: load time (navigation start to load event end, ms), the number of
chart data elements, marks in a document view, and the problems found. Exit status 1 when a
check failed.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import time


class Browser:
    """Headless Chromium driven with --remote-debugging-pipe (fd 3 in, fd 4 out, NUL-framed JSON)."""

    def __init__(self, binary, width, height):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def wire():
            # Copies first, so that an end already on fd 3 or 4 is not overwritten (or left close-on-exec).
            reader, writer = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(reader, 3)
            os.dup2(writer, 4)

        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
             "--disable-extensions", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-default-apps", "--user-data-dir=" + os.path.abspath(".browser-check-profile"),
             "about:blank"],
            preexec_fn=wire, close_fds=False,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.width, self.height = width, height

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        return self.wait(lambda m: m.get("id") == self.next_id, what=method)

    def read(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def wait(self, predicate, what, timeout=60):
        deadline = time.time() + timeout
        while True:
            message = self.read(deadline)
            if "id" not in message:
                self.events.append(message)
            if predicate(message):
                if "error" in message:
                    raise RuntimeError(f"{what}: {message['error']}")
                return message

    def open(self, url):
        target = self.send("Target.createTarget", {"url": "about:blank"})["result"]["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["result"]["sessionId"]
        for domain in ["Runtime", "Log", "Network", "Page"]:
            self.send(domain + ".enable", session=session)
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False}, session=session)
        self.events = []
        self.send("Page.navigate", {"url": url}, session=session)
        self.wait(lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == session, what="load")
        return session

    def evaluate(self, session, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
        return result["result"]["result"].get("value")

    def screenshot(self, session, path, height, scale):
        width = self.width
        full = self.evaluate(session, "document.documentElement.scrollHeight")
        clip = {"x": 0, "y": 0, "width": width, "height": min(height, full), "scale": scale}
        shot = self.send("Page.captureScreenshot",
                         {"format": "png", "clip": clip, "captureBeyondViewport": True}, session=session)
        with open(path, "wb") as out:
            out.write(base64.b64decode(shot["result"]["data"]))

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        self.process.wait(timeout=20)


def problems(events, session):
    """Console errors, exceptions, failed loads and off-machine requests among the events."""
    found = []
    for event in events:
        if event.get("sessionId") != session:
            continue
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            found.append("console error: " + " ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
        elif method == "Runtime.exceptionThrown":
            found.append("exception: " + params["exceptionDetails"].get("text", ""))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            found.append("log error: " + params["entry"].get("text", ""))
        elif method == "Network.loadingFailed":
            found.append("failed resource: " + params.get("errorText", ""))
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if not url.startswith(("file:", "data:", "about:")):
                found.append("request off the machine: " + url)
    return found


def check(browser, page, kind, args):
    """Opens one page, prints its figures and problems, and returns (problems, link to follow)."""
    session = browser.open("file://" + page)
    load = browser.evaluate(session, "performance.getEntriesByType('navigation')[0].loadEventEnd")
    data = browser.evaluate(session, "document.querySelectorAll('svg .datum').length")
    marks = browser.evaluate(session, "document.querySelectorAll('article mark.ent, article .num').length")
    found = problems(browser.events, session)
    if kind == "report" and data < args.min_data:
        found.append(f"only {data} chart data elements (want at least {args.min_data})")
    if kind == "document" and marks < args.min_marks:
        found.append(f"only {marks} marks in the document view (want at least {args.min_marks})")
    if load > args.max_load_ms:
        found.append(f"loaded in {load:.0f} ms (limit {args.max_load_ms:.0f})")
    print(f"{kind} {os.path.relpath(page)}: {os.path.getsize(page) / 1024:.0f} KiB, loaded in {load:.0f} ms, "
          f"{data} chart data elements, {marks} marks, {len(found)} problems")
    for problem in found:
        print("  " + problem)
    if args.screenshot_dir:
        os.makedirs(args.screenshot_dir, exist_ok=True)
        name = os.path.splitext(os.path.basename(page))[0] + ".png"
        browser.screenshot(session, os.path.join(args.screenshot_dir, name), args.shot_height, args.scale)
    link = None
    if kind == "report" and args.follow_link:
        link = browser.evaluate(session, f"(document.querySelector({json.dumps(args.follow_link)}) || {{}}).href || ''")
        if not link:
            found.append(f"no link matches {args.follow_link}")
            print("  " + found[-1])
    return found, link


def main():
    parser = argparse.ArgumentParser(description="Check HTML pages in headless Chromium.")
    parser.add_argument("--report", action="append", default=[], help="a report page (charts checked); repeatable")
    parser.add_argument("--document", action="append", default=[], help="a document view (marks checked); repeatable")
    parser.add_argument("--page", action="append", default=[], help="any other page (errors only); repeatable")
    parser.add_argument("--expect-problems", action="store_true", help="invert: fail unless every page has problems")
    parser.add_argument("--screenshot-dir", help="write NAME.png for each page here")
    parser.add_argument("--min-data", type=int, default=1, help="least svg .datum elements a report must have")
    parser.add_argument("--min-marks", type=int, default=1, help="least highlighted marks a document view must have")
    parser.add_argument("--max-load-ms", type=float, default=3000, help="most ms from navigation start to load end")
    parser.add_argument("--follow-link", help="CSS selector of a link on a report to a document view, checked too")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--shot-height", type=int, default=1500)
    parser.add_argument("--scale", type=float, default=0.6)
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium")
    args = parser.parse_args()

    pages = [(p, "report") for p in args.report] + [(p, "document") for p in args.document] + [(p, "page") for p in args.page]
    browser = Browser(args.chromium, args.width, 900)
    failed = False
    try:
        while pages:
            page, kind = pages.pop(0)
            found, link = check(browser, os.path.abspath(page), kind, args)
            failed |= bool(found) != args.expect_problems
            if link:
                pages.insert(0, (link.removeprefix("file://"), "document"))
    finally:
        browser.close()
        shutil.rmtree(".browser-check-profile", ignore_errors=True)
    print("browser check: " + ("FAILED" if failed else "ok"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
