#!/usr/bin/env python3
"""Checks NameHeads.foreignLegalForms (Sources/Stages/Entities/NameHeads.swift) against the
table of legal forms of the PyPI package cleanco 2.3 (MIT, Copyright (c) 2015 Paul Solin; the
notice is in Sources/Stages/Entities/Model/NOTICE.entities.txt), from which the list was
chosen by hand (entnews9): cleanco's one-word forms written after a company's name, less
English words, units and abbreviations, plus the forms without periods that news writes
("BV", "KK", "SpA") and Malaysia's "Berhad" (cleanco has "Bhd" and "Sdn Bhd").

Prints each shipped form with whether cleanco lists it, then cleanco's one-word forms the list
leaves out, so that a change of either is seen. Exits 1 when a shipped form is in neither
cleanco nor the exceptions below. Run from the repository root:

    python3 -m venv /tmp/cleanco-venv && /tmp/cleanco-venv/bin/pip install cleanco==2.3
    /tmp/cleanco-venv/bin/python scripts/check-legal-forms.py
"""
import re
import sys

from cleanco.termdata import terms_by_country, terms_by_type

# Shipped forms that cleanco 2.3 does not list as such: forms without periods of its dotted
# ones, and the long form of "Bhd".
NOT_IN_CLEANCO = {"berhad": "Bhd written out", "bv": "b.v.", "kk": "k.k.", "spa": "s.p.a."}


def shipped(path="Sources/Stages/Entities/NameHeads.swift"):
    text = open(path, encoding="utf-8").read()
    match = re.search(r'static let foreignLegalForms = hashes\(\s*"([^"]*)"', text)
    if not match:
        sys.exit("foreignLegalForms not found in " + path)
    return match.group(1).split()


def main():
    terms = {t.strip().lower() for table in (terms_by_country, terms_by_type) for ts in table.values() for t in ts}
    one_word = {t for t in terms if " " not in t}
    forms = shipped()
    unknown = []
    for form in forms:
        where = "cleanco" if form in terms else NOT_IN_CLEANCO.get(form)
        print(f"{form}\t{where or 'NOT IN CLEANCO'}")
        if where is None:
            unknown.append(form)
    left = sorted(one_word - set(forms))
    print(f"\n{len(forms)} shipped; cleanco's one-word forms left out ({len(left)}):")
    print(" ".join(left))
    if unknown:
        sys.exit("forms of unknown origin: " + " ".join(unknown))


if __name__ == "__main__":
    main()
