"""Finding duplicates over a large library: time and memory beyond the index.

The library is synthetic (no photos are decoded): N contents with random unit vectors and
random smooth 32x32 prints, of which a tenth have a derived copy (vector and print slightly
disturbed, print shifted by a pixel) and a twentieth an exact copy (a second file with the
same fingerprint). The catalog and the HNSW index are built first and not timed; then
``find_duplicates`` runs as the CLI runs it, with every print already stored: first with no
pair cache (the first look at a library), then again (nothing new), then after 1 % more
photos were indexed (the look that follows an indexing run).

    python benchmarks/bench_duplicates.py [--n 100000] [--dim 512]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mclip_desktop.core.catalog import Catalog  # noqa: E402
from mclip_desktop.core.query import duplicates as dup  # noqa: E402
from mclip_desktop.core.vector_index import VectorIndex  # noqa: E402

MODEL_ID = "bench/synthetic"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def build(
    folder: Path, n: int, dim: int, rng: np.random.Generator, start: int = 0
) -> tuple[int, int]:
    """Add contents start..start+n (and their copies) to the catalog in ``folder``."""
    catalog = Catalog(folder / "catalog.sqlite3")
    derived = rng.random(n) < 0.10
    exact = rng.random(n) < 0.05
    coarse = rng.uniform(40, 220, size=(n, 8, 8)).astype(np.float32)
    with catalog.transaction():
        if start == 0:
            catalog._db.execute(
                "INSERT INTO folders (path, online, added_at) VALUES ('/library', 1, 0)"
            )
        files = []
        prints = []
        for i in range(start, start + n):
            vector = rng.standard_normal(dim).astype(np.float32)
            thumb = np.kron(coarse[i - start], np.ones((4, 4), np.float32))
            thumb += rng.normal(0, 4, thumb.shape)
            fp = f"{i:032x}"
            catalog.add_embedding(fp, MODEL_ID, vector)
            prints.append((fp, np.clip(thumb, 0, 255).astype(np.uint8).tobytes(), 90, True))
            files.append((f"/library/{i:07d}.jpg", 3_000_000, i, fp, 4000, 3000))
            if exact[i - start]:
                files.append((f"/library/backup/{i:07d}.jpg", 3_000_000, i, fp, 4000, 3000))
            if derived[i - start]:
                copy_fp = "c" + f"{i:031x}"
                near = vector + rng.standard_normal(dim).astype(np.float32) * 0.05
                catalog.add_embedding(copy_fp, MODEL_ID, near)
                shifted = thumb + rng.normal(0, 1, thumb.shape)
                prints.append(
                    (copy_fp, np.clip(shifted, 0, 255).astype(np.uint8).tobytes(), 60, True)
                )
                files.append((f"/library/{i:07d}-small.jpg", 400_000, i, copy_fp, 2000, 1500))
        catalog._db.executemany(
            "INSERT INTO files (folder_id, path, size, mtime_ns, fingerprint, status, width, "
            "height, updated_at) VALUES (1, ?, ?, ?, ?, 'ok', ?, ?, 0)",
            files,
        )
    catalog.add_prints(prints)
    catalog.close()
    return len(files), int(derived.sum() + exact.sum())


def kinds(found: dup.Findings) -> dict[str, int]:
    counts: dict[str, int] = {}
    for g in found.groups:
        counts[g.kind] = counts.get(g.kind, 0) + 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--dim", type=int, default=512)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        files, planted = build(folder, args.n, args.dim, rng)
        catalog = Catalog(folder / "catalog.sqlite3")
        index = VectorIndex(folder / "index.bin", MODEL_ID, args.dim)
        index.open(catalog)
        setup = time.perf_counter() - t
        before = rss_mb()
        t = time.perf_counter()
        found = dup.find_duplicates(catalog, index, MODEL_ID, similar=False)
        seconds = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t = time.perf_counter()
        again = dup.find_duplicates(catalog, index, MODEL_ID, similar=False)
        repeat = time.perf_counter() - t
        more = max(1, args.n // 100)
        index.save()
        build(folder, more, args.dim, rng, start=args.n)
        index.open(catalog)  # the saved index caught up with the catalog, as after indexing
        t = time.perf_counter()
        later = dup.find_duplicates(catalog, index, MODEL_ID, similar=False)
        after_indexing = time.perf_counter() - t
        cache = dup.cache_path(catalog, MODEL_ID)
        print(json.dumps({
            "contents": args.n, "files": files, "planted_groups": planted,
            "groups": kinds(found), "setup_seconds": round(setup, 1),
            "find_seconds": round(seconds, 2),
            "rss_before_find_mb": round(before, 1),
            "peak_rss_mb": round(peak, 1),
            "peak_beyond_index_mb": round(peak - before, 1),
            "repeat_find_seconds": round(repeat, 2),
            "repeat_same_groups": kinds(again) == kinds(found),
            "added_contents": more,
            "find_after_indexing_seconds": round(after_indexing, 2),
            "groups_after_indexing": kinds(later),
            "pair_cache_mb": round(cache.stat().st_size / 2**20, 1) if cache.exists() else 0,
        }, indent=2))  # fmt: skip
        catalog.close()


if __name__ == "__main__":
    main()
