"""Targets 3 (kNN part), 5 (index size) and 7: the vector index at scale.

For each distribution (see ``common.VectorSource``):

1. a catalog holding ``n`` 512-d embeddings is written through the Catalog API;
2. ``VectorIndex.open`` rebuilds the hnswlib index from it (timed: target 7, <= 15 min at
   1M; below 1M the time is also extrapolated to 1M with an n*log(n) model, which is
   conservative for HNSW);
3. the index is saved (timed; file size gives bytes per vector and MB per 1M vectors);
4. kNN latency of ``VectorIndex.query(k=10)`` (the product's call, lock included) and of
   the bare hnswlib call, and recall@10 against exact search, for image-like and text-like
   queries, at the product's ef and a few others.

The catalog is deleted afterwards (1M embeddings take ~2.2 GB) unless ``--keep``.
"""

from __future__ import annotations

import argparse
import math
import shutil
import time
from pathlib import Path

import numpy as np

from benchmarks import common

MODEL_ID = "bench:synthetic-512"


def build_catalog(path: Path, source: common.VectorSource, n: int) -> float:
    from mclip_desktop.core.catalog import Catalog

    started = time.perf_counter()
    catalog = Catalog(path)
    for start, vectors in source.iter_chunks(n):
        with catalog.transaction():
            for i, vector in enumerate(vectors, start=start):
                catalog.add_embedding(f"{i:032x}", MODEL_ID, vector)
    catalog.close()
    return time.perf_counter() - started


def knn_quality(index, source: common.VectorSource, n: int, queries: int, efs: list[int]) -> dict:  # type: ignore[no-untyped-def]
    import hnswlib  # noqa: F401 - loaded already; named for clarity

    from mclip_desktop.core import vector_index as vi_mod

    out: dict[str, object] = {}
    for kind in ("image", "text"):
        q = source.queries(queries, kind)
        truth, truth_scores = common.exact_top_k(source, n, q, 10)
        truth_labels = truth + 1  # catalog ids start at 1, in insertion order
        per_ef: dict[str, object] = {}
        for ef in efs:
            index._index.set_ef(ef)
            # bare hnswlib, one query at a time as the app does
            bare = []
            found = []
            for row in q:
                started = time.perf_counter()
                labels, _ = index._index.knn_query(row.reshape(1, -1), k=10)
                bare.append(time.perf_counter() - started)
                found.append(labels[0])
            recall = float(
                np.mean(
                    [
                        len(set(f.tolist()) & set(t.tolist())) / 10
                        for f, t in zip(found, truth_labels, strict=True)
                    ]
                )
            )
            per_ef[str(ef)] = {
                "recall_at_10": recall,
                "bare_ms_p50": 1000 * common.percentile(bare, 50),
                "bare_ms_p99": 1000 * common.percentile(bare, 99),
            }
        index._tune_ef()  # back to the product's setting
        product = []
        found = []
        for row in q:
            started = time.perf_counter()
            labels, _ = index.query(row, 10)
            product.append(time.perf_counter() - started)
            found.append(labels)
        recall = float(
            np.mean(
                [
                    len(set(f.tolist()) & set(t.tolist())) / 10
                    for f, t in zip(found, truth_labels, strict=True)
                ]
            )
        )
        out[kind] = {
            "product_ef": vi_mod.EF_SEARCH,
            "query_ms_p50": 1000 * common.percentile(product, 50),
            "query_ms_p99": 1000 * common.percentile(product, 99),
            "recall_at_10": recall,
            "true_top1_cos_median": float(np.median(truth_scores[:, 0])),
            "by_ef": per_ef,
        }
    return out


def run_one(kind: str, n: int, queries: int, efs: list[int], keep: bool) -> dict[str, object]:
    from mclip_desktop.core.catalog import Catalog
    from mclip_desktop.core.vector_index import EF_CONSTRUCTION, M, VectorIndex

    source = common.VectorSource(kind)
    work = common.BENCH_DIR / f"vectors-{kind}-{n}"
    catalog_path = work / "catalog.sqlite3"
    done = work / ".complete"
    if not done.exists():
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        insert_s = build_catalog(catalog_path, source, n)
        done.write_text("ok")
    else:
        insert_s = None
    index_path = work / "index.hnsw"
    for leftover in (index_path, index_path.with_suffix(".hnsw.json")):
        leftover.unlink(missing_ok=True)

    catalog = Catalog(catalog_path)
    index = VectorIndex(index_path, MODEL_ID, common.DIM)
    rss_before = common.current_rss_mb()
    load_before = common.load_avg()
    started = time.perf_counter()
    report = index.open(catalog)
    rebuild_s = time.perf_counter() - started
    assert report.rebuilt and index.live_count == n, report
    rss_after = common.current_rss_mb()
    started = time.perf_counter()
    index.save()
    save_s = time.perf_counter() - started
    size = index_path.stat().st_size
    started = time.perf_counter()
    reopened = VectorIndex(index_path, MODEL_ID, common.DIM)
    assert not reopened.open(catalog).rebuilt
    load_s = time.perf_counter() - started
    del reopened
    quality = knn_quality(index, source, n, queries, efs)
    catalog.close()
    if not keep:
        shutil.rmtree(work, ignore_errors=True)

    # HNSW insertion costs ~log(n) each; scale to 1M with n*log(n) (n >= 1e5 keeps it honest).
    per_million = rebuild_s * (1e6 * math.log(1e6)) / (n * math.log(n))
    return {
        "distribution": kind,
        "vectors": n,
        "M": M,
        "ef_construction": EF_CONSTRUCTION,
        "catalog_insert_s": insert_s,
        "rebuild_s": rebuild_s,
        "rebuild_vectors_per_s": n / rebuild_s,
        "rebuild_s_extrapolated_to_1M": per_million if n < 1_000_000 else rebuild_s,
        "load_avg_at_rebuild": [load_before, common.load_avg()],
        "save_s": save_s,
        "load_saved_s": load_s,
        "index_file_mb": size / 2**20,
        "index_bytes_per_vector": size / n,
        "index_mb_per_1M": size / n * 1e6 / 2**20,
        "rss_growth_mb_from_rebuild": rss_after - rss_before,
        "knn_k10": quality,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="30k vectors of each distribution")
    parser.add_argument("--clustered", type=int, help="vectors for the clustered run (default 1M)")
    parser.add_argument("--random", type=int, help="vectors for the random run (default 100k)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the generated catalogs")
    args = parser.parse_args(argv)
    clustered = (
        args.clustered if args.clustered is not None else (30_000 if args.quick else 1_000_000)
    )
    random_n = args.random if args.random is not None else (30_000 if args.quick else 100_000)
    efs = [32, 64, 128, 256, 512]
    results = {
        "target": "3 kNN at scale, 5 index size, 7 rebuild from catalog",
        "machine": common.machine(),
    }
    for kind, n in (("clustered", clustered), ("random", random_n)):
        if n > 0:
            results[kind] = run_one(kind, n, args.queries, efs, args.keep)
    common.emit("vectors", results)


if __name__ == "__main__":
    main()
