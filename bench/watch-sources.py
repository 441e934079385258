#!/usr/bin/env python3
"""Times one `atalaya watch --once` over SOURCES feeds of ITEMS invented articles each.

Every source is its own host (127.0.0.1, 127.0.0.2, ... on one port: the loopback network), so the
watch keeps its per-host limits (default delay and concurrency per host); each host serves a
robots.txt, an RSS feed with an ETag and its article pages, written here from templates in five
languages (invented towns, figures and outlets). Prints the wall time and the peak resident memory
of the watch process (GNU time), then times a second `watch --once` (all 304s). Nothing leaves this
machine; the temporary folder and the servers end with the script.

    python3 bench/watch-sources.py [SOURCES] [ITEMS]      (default 50 sources, 20 items)
"""
import hashlib
import http.server
import os
import random
import re
import socketserver
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = int(sys.argv[1]) if len(sys.argv) > 1 else 50
ITEMS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
PORT = 18000 + random.randint(0, 999)

TEMPLATES = {
    "es": ("{n} muertos en un ataque armado en {town}",
           "{town}, {state}.- {n} personas murieron el {day} de noviembre cuando hombres armados dispararon contra un grupo de vecinos en la colonia {hood}, informó la fiscalía estatal.",
           "Según el reporte, los agresores huyeron en dos camionetas. La policía municipal y la Guardia Nacional instalaron un operativo en la zona y aseguraron {m} casquillos."),
    "en": ("{n} killed in gun attack in {town}",
           "Gunmen killed {n} people on November {day} in the {hood} district of {town}, in the state of {state}, the state prosecutor's office said.",
           "Police said the attackers fled in two pickup trucks. Soldiers set up checkpoints around the town and recovered {m} shell casings."),
    "pt": ("{n} mortos em ataque armado em {town}",
           "Homens armados mataram {n} pessoas no dia {day} de novembro no bairro {hood} de {town}, no estado de {state}, informou a procuradoria estadual.",
           "Segundo a polícia, os atiradores fugiram em duas caminhonetes. Soldados montaram bloqueios na região e recolheram {m} cápsulas."),
    "fr": ("{n} morts dans une attaque armée à {town}",
           "Des hommes armés ont tué {n} personnes le {day} novembre dans le quartier {hood} de {town}, dans l'État de {state}, a indiqué le parquet de l'État.",
           "Selon la police, les assaillants ont pris la fuite à bord de deux camionnettes. Des soldats ont installé des barrages et retrouvé {m} douilles."),
    "de": ("{n} Tote bei bewaffnetem Angriff in {town}",
           "Bewaffnete haben am {day}. November im Viertel {hood} von {town} im Bundesstaat {state} {n} Menschen getötet, teilte die Staatsanwaltschaft mit.",
           "Nach Angaben der Polizei flohen die Angreifer in zwei Pick-ups. Soldaten errichteten Kontrollpunkte und stellten {m} Patronenhülsen sicher."),
}
TOWNS = [("Tarandacuao", "Guanajuato"), ("Jerécuaro", "Guanajuato"), ("Tuzantla", "Michoacán"), ("Nocupétaro", "Michoacán"),
         ("Tepehuanes", "Durango"), ("Guadalupe Victoria", "Durango"), ("Ojocaliente", "Zacatecas"), ("Jalpa", "Zacatecas"),
         ("Cosalá", "Sinaloa"), ("Elota", "Sinaloa"), ("Bacerac", "Sonora"), ("Opodepe", "Sonora")]
HOODS = ["Las Palmas", "El Mirador", "San Rafael", "La Loma", "Los Pinos", "El Carmen", "Santa Fe", "La Joya"]


def article(host, index):
    rng = random.Random(host * 1000 + index)
    language = list(TEMPLATES)[(host + index) % len(TEMPLATES)]
    title, first, second = TEMPLATES[language]
    town, state = rng.choice(TOWNS)
    values = dict(n=rng.randint(2, 9), m=rng.randint(10, 90), day=rng.randint(1, 28), town=town, state=state, hood=rng.choice(HOODS))
    heading = title.format(**values)
    body = "".join(f"<p>{p.format(**values)}</p>" for p in (first, second))
    tag = f"<p>Ref. {host}-{index}.</p>"
    return heading, f'<!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>{heading}</title></head><body><article><h1>{heading}</h1>{body}{tag}</article></body></html>'


class Site(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        host = int(self.server.server_address[0].split(".")[-1])
        if self.path == "/robots.txt":
            return self.reply(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if self.path == "/feed.xml":
            items = "".join(f"<item><title>{article(host, i)[0]}</title><link>http://127.0.0.{host}:{PORT}/a/{i}.html</link><pubDate>Mon, 30 Nov 2026 1{i % 10}:00:00 GMT</pubDate></item>" for i in range(ITEMS))
            body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Diario Inventado {host}</title><link>http://127.0.0.{host}/</link><description>x</description>{items}</channel></rss>'.encode()
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self.reply(304, b"", "application/rss+xml", etag)
            return self.reply(200, body, "application/rss+xml; charset=utf-8", etag)
        match = re.fullmatch(r"/a/(\d+)\.html", self.path)
        if match and int(match.group(1)) < ITEMS:
            return self.reply(200, article(host, int(match.group(1)))[1].encode(), "text/html; charset=utf-8")
        return self.reply(404, b"not found", "text/plain")

    def reply(self, status, body, content_type, etag=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def main():
    servers = []
    for host in range(1, SOURCES + 1):
        server = Server((f"127.0.0.{host}", PORT), Site)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    atalaya = os.path.join(ROOT, "atalaya")
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "watch.db")
        for host in range(1, SOURCES + 1):
            subprocess.run([atalaya, "sources", "add", f"http://127.0.0.{host}:{PORT}/feed.xml", "--db", db], check=True, stdout=subprocess.DEVNULL)
        for label in ("first watch --once", "second watch --once (304s)"):
            started = time.monotonic()
            run = subprocess.run(["/usr/bin/time", "-f", "%M", atalaya, "watch", "--once", "--db", db], capture_output=True, text=True)
            seconds = time.monotonic() - started
            lines = run.stderr.strip().splitlines()
            peak_mb = int(lines[-1]) / 1024
            summary = next((l for l in reversed(lines) if "sources polled" in l), "?")
            print(f"{label}: {seconds:.1f} s, peak working set {peak_mb:.0f} MB, exit {run.returncode}; {summary}")
    for server in servers:
        server.shutdown()


if __name__ == "__main__":
    main()
