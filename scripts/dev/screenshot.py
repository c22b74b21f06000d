#!/usr/bin/env python3
"""Screenshots of hocvuso pages as a logged-in user, through headless Chromium's DevTools protocol.

Usage: screenshot.py BASE_URL USERNAME PASSWORD OUT_DIR PATH [PATH ...] [--width 390]
Logs in through the real login form (so CSRF and cookies work as for a person), then saves one PNG per path.
Needs: chromium (Debian), websocket-client (PyPI).
"""
import json, os, subprocess, sys, tempfile, time, urllib.request, base64
import websocket

def main():
    args = sys.argv[1:]
    width = 1280
    if "--width" in args:
        i = args.index("--width"); width = int(args[i + 1]); del args[i:i + 2]
    base, user, password, out, *paths = args
    os.makedirs(out, exist_ok=True)
    port = 9333
    profile = tempfile.mkdtemp()
    chrome = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={port}",
                               f"--user-data-dir={profile}", f"--window-size={width},900", "about:blank"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            try:
                tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
                page = next(t for t in tabs if t["type"] == "page"); break
            except Exception:
                time.sleep(0.2)
        ws = websocket.create_connection(page["webSocketDebuggerUrl"])
        counter = [0]
        def call(method, **params):
            counter[0] += 1
            ws.send(json.dumps({"id": counter[0], "method": method, "params": params}))
            while True:
                msg = json.loads(ws.recv())
                if msg.get("id") == counter[0]:
                    return msg.get("result", {})
        def go(url):
            call("Page.navigate", url=url); time.sleep(1.2)
        call("Page.enable")
        call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=width < 600)
        go(base + "/login")
        js = f"""document.querySelector('input[name=username]').value={json.dumps(user)};
                 document.querySelector('input[name=password]').value={json.dumps(password)};
                 document.querySelector('form[action="/login"]').submit();"""
        call("Runtime.evaluate", expression=js); time.sleep(1.5)
        for i, path in enumerate(paths):
            go(base + path)
            metrics = call("Page.getLayoutMetrics")
            height = min(int(metrics["contentSize"]["height"]), 4000)
            shot = call("Page.captureScreenshot", format="png", clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
                        captureBeyondViewport=True)
            name = os.path.join(out, f"{i:02d}-" + path.strip("/").replace("/", "_").replace("?", "_")[:60] + ".png")
            with open(name, "wb") as f:
                f.write(base64.b64decode(shot["data"]))
            print(name)
    finally:
        chrome.terminate()

if __name__ == "__main__":
    main()
