"""A 1M-photo library (synthetic CLIP-like vectors): what it costs and what breaks first.

A catalog in the product's schema (``Catalog`` creates it) gets ``n`` photo rows and their
512-d embeddings (clustered like CLIP image vectors, ``common.VectorSource``), written in
bulk. Then, in this process:

- catalog size on disk; index rebuild from the catalog (``VectorIndex.open``), its file size,
  and the process's resident memory with the index loaded;
- a query end to end without the text encoder (measured apart in bench_query) through the
  product's ``QueryRunner``: the top 50, and the automatic cutoff, each with the paths of
  the first screenful (60), p50/p99;
- the browse first screen: ``SearchRequest()`` with no terms (newest first by capture date)
  and the paths of its first 200 photos, as the window shows them;
- the status line's ``Catalog.counts``, which the GUI runs at start and after indexing.

The catalog is deleted afterwards unless ``--keep``.
"""

from __future__ import annotations

import argparse
import shutil
import time

import numpy as np

from benchmarks import common

MODEL_ID = "bench:synthetic-512"


def build(data, n: int) -> float:  # type: ignore[no-untyped-def]
    from mclip_desktop.core.catalog import Catalog

    started = time.perf_counter()
    catalog = Catalog(data / "catalog.sqlite3")
    folder = catalog.add_folder(str(data / "photos"))
    source = common.VectorSource("clustered", seed=7)
    now = time.time()
    db = catalog._db
    for start, vectors in source.iter_chunks(n):
        ids = range(start, start + len(vectors))
        with catalog.transaction():
            db.executemany(
                "INSERT INTO files (folder_id, path, size, mtime_ns, fingerprint, status, "
                "width, height, updated_at, taken, kind) "
                "VALUES (?, ?, ?, ?, ?, 'ok', 4000, 3000, ?, ?, 'jpeg')",
                (
                    (folder.id, str(data / "photos" / f"{i // 1000:04d}" / f"IMG_{i:07d}.jpg"),
                     2_500_000, 1_500_000_000_000_000_000 + i * 7_919_000_000_000 % 10**17,
                     f"{i:032x}", now, _taken(i))
                    for i in ids
                ),
            )  # fmt: skip
            db.executemany(
                "INSERT INTO embeddings (fingerprint, model_id, vector, created_at) "
                "VALUES (?, ?, ?, ?)",
                (
                    (f"{i:032x}", MODEL_ID, np.ascontiguousarray(v, np.float32).tobytes(), now)
                    for i, v in zip(ids, vectors, strict=True)
                ),
            )
    catalog.close()
    return time.perf_counter() - started


def _taken(i: int) -> str:
    """Capture times spread over ten years, not in file order."""
    seconds = (i * 2_654_435_761) % (10 * 365 * 86_400)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(1_420_070_400 + seconds))


def timed(fn, repeats: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    values = []
    for i in range(repeats):
        started = time.perf_counter()
        fn(i)
        values.append(time.perf_counter() - started)
    return {
        "p50_ms": 1000 * common.percentile(values, 50),
        "p99_ms": 1000 * common.percentile(values, 99),
        "max_ms": 1000 * max(values),
    }


def run(n: int, queries: int, keep: bool) -> dict[str, object]:
    from mclip_desktop.core.catalog import Catalog
    from mclip_desktop.core.query import QueryRunner, SearchRequest, Term
    from mclip_desktop.core.vector_index import VectorIndex

    data = common.BENCH_DIR / f"scale-{n}"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    try:
        insert_s = build(data, n)
        catalog_mb = sum(p.stat().st_size for p in data.glob("catalog.sqlite3*")) / 2**20
        rss_start = common.current_rss_mb()
        catalog = Catalog(data / "catalog.sqlite3")
        index = VectorIndex(data / "index.hnsw", MODEL_ID, common.DIM)
        started = time.perf_counter()
        index.open(catalog)
        rebuild_s = time.perf_counter() - started
        rss_index = common.current_rss_mb()
        started = time.perf_counter()
        index.save()
        save_s = time.perf_counter() - started
        index_mb = (data / "index.hnsw").stat().st_size / 2**20
        source = common.VectorSource("clustered", seed=7)
        text_like = source.queries(queries, "text")
        by_name = {f"q{i}": v for i, v in enumerate(text_like)}

        def lookup(texts: list[str]) -> np.ndarray:
            return np.stack([by_name[t] for t in texts])

        def no_image(data: bytes) -> np.ndarray:
            raise AssertionError

        runner = QueryRunner(catalog, lambda: index, MODEL_ID, lookup, no_image)
        results: dict[str, object] = {}
        for name, limit in (("query_top50", 50), ("query_cutoff", None)):
            results[name] = timed(
                lambda i, limit=limit: runner.run(
                    SearchRequest(terms=(Term.text(f"q{i % queries}"),), limit=limit)
                ).items(0, 60),
                queries,
            )
        results["browse_first_screen_200"] = timed(
            lambda i: runner.run(SearchRequest()).items(0, 200), 10
        )
        results["counts"] = timed(lambda i: catalog.counts(MODEL_ID), 3)
        rss_end = common.current_rss_mb()
        catalog.close()
    finally:
        if not keep:
            shutil.rmtree(data, ignore_errors=True)
    return {
        "target": "1M-photo library: sizes, memory, query, browse, rebuild",
        "photos": n,
        "catalog_insert_s": insert_s,
        "catalog_mb": catalog_mb,
        "index_rebuild_s": rebuild_s,
        "index_save_s": save_s,
        "index_file_mb": index_mb,
        "rss_mb_before_index": rss_start,
        "rss_mb_with_index": rss_index,
        "rss_mb_at_end": rss_end,
        "latency": results,
        "load_avg": common.load_avg(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="50k photos")
    parser.add_argument("--photos", type=int)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    n = args.photos or (50_000 if args.quick else 1_000_000)
    common.emit("scale", run(n, args.queries, args.keep))


if __name__ == "__main__":
    main()
