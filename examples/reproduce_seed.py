"""Reproduce the seed report's key figures in a script, as an auditor would.

Run: ``python examples/reproduce_seed.py`` (the test suite runs it too).
"""

from __future__ import annotations

import sakip


def main() -> list[str]:
    """Print and return the seed's capaian, efficiency and NKA figures as the report prints them."""
    lines = [
        "IKK 1.1 capaian: " + sakip.capaian(target=1176, realisasi=1189).printed(2, "down"),
        "NKA: " + sakip.nka(eka=sakip.parse_id("97,29"), ikpa=sakip.parse_id("91,95")).printed(2),
    ]
    ro = sakip.RincianOutput(kode="5634.SCI.010", pagu=sakip.parse_id("20.844.639.000"),
                             realisasi=sakip.parse_id("20.842.508.719"),
                             capaian=sakip.parse_id("119,87"))
    e = sakip.efisiensi([ro], rumus="per-pagu")
    lines.append(f"5634.SCI.010 E {e.printed(2)}, NE {e.nilai.printed(2)}, {e.kategori}")
    for line in lines:
        print(line)
    return lines


if __name__ == "__main__":
    main()
