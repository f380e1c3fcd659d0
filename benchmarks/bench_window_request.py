"""The window's one path for browsing and searching (issue 11, GUI part), at 100k photos.

The window answers every view (browsing or a query) with ``Engine.show_request``: the
request runs on the search thread and the paths and dates of the results are looked up
there, then the grid model takes them. This measures those steps on the catalog that
benchmarks/bench_search_request.py makes (distinct clustered vectors, capture dates over
ten years), with the same vector-lookup "text encoder":

- ``browse_first_screen``: ``SearchRequest(limit=FIRST_SCREEN)`` answered with its paths
  and dates (``QueryRunner.browse_columns``, as ``Engine.show_request`` does), then
  ``ResultsModel.set_browse`` (month tiles laid out): what stands between a launch or a
  scope change and the first screen;
- ``browse_all``: the whole library, newest first, answered the same way and laid out;
- ``query_with_cutoff``: a query without a limit (the automatic cutoff), its matches and
  weaker matches resolved and put in the grid model.
"""

from __future__ import annotations

import argparse
import os
import time

from benchmarks import common
from benchmarks.bench_search_request import MODEL_ID, make_library


def run(n: int, repeats: int) -> dict[str, object]:
    import numpy as np

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mclip_desktop.core.catalog import Catalog
    from mclip_desktop.core.query import QueryRunner, SearchRequest, Term
    from mclip_desktop.core.search import SearchResult
    from mclip_desktop.core.thumbnails import ThumbnailCache
    from mclip_desktop.core.vector_index import VectorIndex
    from mclip_desktop.gui.main_window import FIRST_SCREEN
    from mclip_desktop.gui.results import ResultsModel
    from mclip_desktop.gui.thumbnails import ThumbnailProvider

    common.quiet()
    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841 - models need one
    data = make_library(n)
    catalog = Catalog(data / "catalog.sqlite3")
    index = VectorIndex(data / "index.bin", MODEL_ID, 512)
    index.open(catalog)
    vectors = common.VectorSource("clustered", seed=11).queries(repeats, "image")
    by_name = {f"q{i}": v for i, v in enumerate(vectors)}

    def lookup(texts: list[str]) -> np.ndarray:
        return np.stack([by_name[t] for t in texts])

    def no_image(data: bytes) -> np.ndarray:
        raise AssertionError("no image terms here")

    runner = QueryRunner(catalog, lambda: index, MODEL_ID, lookup, no_image)
    model = ResultsModel(ThumbnailProvider(ThumbnailCache(data / "bench-thumbnails")))
    model.set_columns(6)

    def browse(limit: int | None) -> int:
        paths, dates = runner.browse_columns(SearchRequest(limit=limit))
        model.set_browse(paths, dates)
        return len(paths)

    def query(name: str) -> tuple[int, int]:
        results = runner.run(SearchRequest(terms=(Term.text(name),)))
        matches, weaker = results.items(), results.weaker_items()
        model.set_ranked(
            [SearchResult(i.path, i.score or 0.0) for i in matches],
            [SearchResult(i.path, i.score or 0.0) for i in weaker],
        )
        return len(matches), len(weaker)

    parts: dict[str, list[float]] = {"browse_first_screen": [], "browse_all": [], "query": []}
    shown = {}
    query("q0")  # the library sample the cutoff calibrates on is made once per index
    for i in range(repeats):
        started = time.perf_counter()
        shown["first_screen"] = browse(FIRST_SCREEN)
        parts["browse_first_screen"].append(time.perf_counter() - started)
        started = time.perf_counter()
        shown["matches"], shown["weaker"] = query(f"q{i}")
        parts["query"].append(time.perf_counter() - started)
    for _ in range(max(1, repeats // 5)):
        started = time.perf_counter()
        shown["all"] = browse(None)
        parts["browse_all"].append(time.perf_counter() - started)
    catalog.close()
    summary = {
        name: {
            "p50_ms": 1000 * common.percentile(values, 50),
            "p99_ms": 1000 * common.percentile(values, 99),
        }
        for name, values in parts.items()
    }
    return {
        "target": "issue 11 window: one request path for browsing and searching",
        "photos": n,
        "repeats": repeats,
        "shown_last": shown,
        "latency": summary,
        "load_avg": common.load_avg(),
        "met": {
            "browse first screen p50<=100ms": summary["browse_first_screen"]["p50_ms"] <= 100,
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args(argv)
    common.emit("window_request", run(args.photos, args.repeats))


if __name__ == "__main__":
    main()
