#!/usr/bin/env python3
"""Writes a deterministic corpus of N press updates as a StaticCrisis site and an equivalent Hugo site.

Usage: generate-corpus.py N OUT_DIR [LANGUAGES]
Creates OUT_DIR/staticcrisis (site.yml + content/updates) and OUT_DIR/hugo (hugo.toml + the same content,
with the layouts from bench/hugo-site). The same seed always gives the same bytes.
With LANGUAGES 2 or 3 the sites also publish in English (and Finnish), every update translated in a file
beside it (u00001.en.md), as both tools read translations: about two or three times the pages.
"""
import os
import random
import shutil
import sys
from datetime import datetime, timedelta, timezone

SERVICES = [
    ("epost", "E-post till kommunen"), ("vaxel", "Telefonväxeln"), ("lon", "Lön och ersättningar"),
    ("hemtjanst", "Hemtjänst"), ("skola", "Skolplattformen"), ("etjanster", "E-tjänster och bygglov"),
    ("bibliotek", "Biblioteket"), ("vatten", "Vatten och avlopp"),
]
STATUSES = ["operational", "degraded", "manual", "down"]
SEVERITIES = ["info", "info", "notice", "notice", "warning", "critical"]
TAGS = ["it-angrepp", "hemtjänst", "lön", "skola", "vatten", "e-post", "växel", "bygglov", "äldreomsorg", "säkerhet"]
WORDS = ("kommunen arbetar vidare med att återställa systemen efter angreppet och hemtjänsten fungerar med "
         "papper och penna medan lönerna betalas ut manuellt vi ber alla invånare att ha tålamod och att "
         "ringa växeln vid akuta ärenden personalen på informationspunkterna svarar på frågor om skolan "
         "förskolan äldreomsorgen bygglov och vatten under hela veckan öppettiderna förlängs på lördag "
         "polisen utreder brottet och kommunen betalar ingen lösensumma säkerhetskopiorna är intakta "
         "systemen kontrolleras ett i taget innan de öppnas igen för användarna i förvaltningarna").split()
TITLES = ["Läget just nu", "Hemtjänsten går över till papper", "Lönen betalas ut manuellt", "E-posten fungerar igen",
          "Växeln har begränsad kapacitet", "Informationspunkter öppnar", "Skolplattformen är stängd",
          "Bygglov handläggs på papper", "Vattnet är drickbart", "Falska samtal i kommunens namn"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))


def body(rng, index, total):
    target = rng.randint(150, 600)
    parts, words = [], 0
    while words < target:
        kind = rng.random()
        if kind < 0.55:
            text = paragraph(rng)
        elif kind < 0.7:
            text = "## " + rng.choice(TITLES) + "\n\n" + paragraph(rng)
        elif kind < 0.85:
            text = "\n".join(f"- {sentence(rng)}" for _ in range(rng.randint(3, 6)))
        elif kind < 0.93:
            other = rng.randint(0, total - 1)
            text = (f"Läs mer på [kommunens sida](https://www.alvby.example/info/{index}) och i "
                    f"[uppdatering {other}](u{other:05d}.md). " + sentence(rng))
        else:
            rows = "\n".join(f"| {rng.choice(SERVICES)[1]} | {rng.randint(8, 10)}.00–{rng.randint(15, 19)}.00 | 0999-{rng.randint(100, 999)} {rng.randint(10, 99)} |"
                             for _ in range(rng.randint(2, 5)))
            text = "| Plats | Öppet | Telefon |\n|---|---|---|\n" + rows
        parts.append(text)
        words += len(text.split())
    return "\n\n".join(parts) + "\n"


def front_matter(rng, index, start, step):
    date = start + step * index + timedelta(minutes=rng.randint(0, 40))
    offset = timezone(timedelta(hours=2 if date.month in range(4, 11) else 1))
    local = date.replace(tzinfo=timezone.utc).astimezone(offset)
    services = rng.sample(SERVICES, rng.randint(0, 3))
    lines = [
        "---",
        f'title: "{rng.choice(TITLES)} ({index + 1})"',
        f"date: {local.isoformat()}",
        f"severity: {rng.choice(SEVERITIES)}",
    ]
    if services:
        lines.append("services: { " + ", ".join(f"{sid}: {rng.choice(STATUSES)}" for sid, _ in services) + " }")
    lines.append("tags: [" + ", ".join(rng.sample(TAGS, rng.randint(1, 3))) + "]")
    if rng.random() < 0.05:
        lines.append("pinned: true")
    lines.append("---")
    return "\n".join(lines) + "\n"


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    others = ["en", "fi"][: int(sys.argv[3]) - 1] if len(sys.argv) > 3 else []
    rng = random.Random(20260302)
    start = datetime(2026, 3, 2, 6, 40)
    step = timedelta(weeks=20) / max(count, 1)  # spread over twenty weeks
    sc, hugo = os.path.join(out, "staticcrisis"), os.path.join(out, "hugo")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(sc, "content", "updates"))
    os.makedirs(os.path.join(hugo, "content", "updates"))
    services_yaml = "\n".join(f'  - {{ id: {sid}, name: "{name}" }}' for sid, name in SERVICES)
    with open(os.path.join(sc, "site.yml"), "w", encoding="utf-8") as f:
        f.write(f'title: "Benchmark kommun"\nbaseUrl: "https://kris.example.org/info/"\nlanguage: sv\n'
                f"feed: {{ items: 20 }}\ntimeline: {{ items: 20 }}\npageBudgetKb: 100\nservices:\n{services_yaml}\n"
                + (f"languages: [{', '.join(others)}]\n" if others else ""))
    for index in range(count):
        text = front_matter(rng, index, start, step) + body(rng, index, count)
        for root in (sc, hugo):
            with open(os.path.join(root, "content", "updates", f"u{index:05d}.md"), "w", encoding="utf-8") as f:
                f.write(text)
        # A translation: its own title and words; StaticCrisis takes the date and statuses from the original, Hugo needs them written.
        original_front, original_body = text.split("---\n", 2)[1:]
        for language in others:
            title = f'title: "{language.upper()} {index + 1}"'
            kept = [line for line in original_front.splitlines() if line.startswith(("date:", "severity:", "tags:"))]
            with open(os.path.join(sc, "content", "updates", f"u{index:05d}.{language}.md"), "w", encoding="utf-8") as f:
                f.write(f"---\n{title}\n---\n{original_body}")
            with open(os.path.join(hugo, "content", "updates", f"u{index:05d}.{language}.md"), "w", encoding="utf-8") as f:
                f.write("---\n" + "\n".join([title, *kept]) + f"\n---\n{original_body}")
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copytree(os.path.join(here, "hugo-site"), hugo, dirs_exist_ok=True)
    if others:
        # Hugo's own multilingual set-up: the main language at the root, the others in their folders.
        path = os.path.join(hugo, "hugo.toml")
        config = open(path, encoding="utf-8").read()
        with open(path, "w", encoding="utf-8") as f:
            f.write('defaultContentLanguage = "sv"\n' + config + "[languages.sv]\n  weight = 1\n")
            for weight, language in enumerate(others, start=2):
                f.write(f"[languages.{language}]\n  weight = {weight}\n")
    # Both sites load the same stylesheet: the default theme's.
    os.makedirs(os.path.join(hugo, "static"), exist_ok=True)
    shutil.copy(os.path.join(here, "..", "themes", "default", "assets", "style.css"), os.path.join(hugo, "static", "style.css"))
    print(f"{count} updates in {sc} and {hugo}")


if __name__ == "__main__":
    main()
