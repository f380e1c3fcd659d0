"""Live indexing with the tiny model: how soon a photo dropped into a watched folder can be
found, and how long a burst of 2,000 photos takes to be indexed.

Latency: ~20 photos are dropped one at a time (written and closed in the watched folder, as a
copy does). For each, the clock runs from the close until a search from another catalog
connection (a reader, as the GUI's searches use) returns it; the query is the photo's own
vector, computed beforehand, so the tiny model's ranking quality does not matter. The live
indexer runs with the product's settings (settle 2 s, 0.5 s after a close, 0.2 s tick), so
the figure includes the wait that keeps half-copied files from being read.

Burst: 2,000 distinct small photos are written as fast as possible; the clock runs from the
first write until the catalog, read through another connection, has a vector for each.

    python benchmarks/watch_latency.py [--models DIR] [--photos 20] [--burst 2000]

The tiny models come from tests/models (or $MCLIP_TEST_MODELS, or --models). One JSON
document is printed as the last line.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: python benchmarks/watch_latency.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common  # noqa: E402


def _models(folder: str | None) -> Path:
    if folder:
        return Path(folder)
    env = os.environ.get("MCLIP_TEST_MODELS")
    return Path(env) if env else common.ROOT / "tests" / "models"


def _photo(seed: int, width: int, height: int) -> bytes:
    from tests.support import synthetic

    colour = synthetic.COLOURS[seed % 4]
    shape = synthetic.SHAPES[(seed // 4) % 4]
    image = synthetic.make_photo(colour, shape, width=width, height=height, seed=seed)
    return synthetic.encode_image(image, "jpg")


class _Changes:
    """Wakes a waiting thread whenever the live indexer says search results changed."""

    def __init__(self) -> None:
        self._cond = threading.Condition()

    def poke(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def wait_until(self, predicate: Any, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            with self._cond:
                self._cond.wait(min(remaining, 0.01))
        return True


def run(models: Path, photos: int, burst: int, gap: float) -> dict[str, Any]:
    from mclip_desktop.core.library import Library, LibraryConfig
    from mclip_desktop.core.search import QueryTerm

    work = Path(tempfile.mkdtemp(prefix="mclip-watch-bench-")).resolve()
    try:
        watched, staging = work / "photos", work / "staging"
        watched.mkdir()
        staging.mkdir()
        library = Library(
            LibraryConfig(work / "data", str(models / "tiny-image"), str(models / "tiny-text"))
        )
        library.add_folder(watched)
        encoder = library.image_encoder()  # loaded up front, as `mclip-desktop watch` does
        reader = library.reader()
        searcher = library.searcher_for(reader)
        model_id = library.image_model_id
        changes = _Changes()
        live = library.live_indexer(on_results_changed=changes.poke)
        live.start()
        try:
            assert live.wait_idle(60), "the live indexer did not settle at start"

            # -- latency, one photo at a time ------------------------------------------
            from mclip_desktop.core import images

            drops: list[tuple[bytes, Any]] = []
            for i in range(photos):
                data = _photo(10_000 + i, 640, 480)
                staged = staging / f"drop {i:02d}.jpg"
                staged.write_bytes(data)
                pixels = images.load_query_image(str(staged), encoder.preprocessing)
                drops.append((data, encoder.encode(pixels[None])[0]))
            latencies: list[float] = []
            for i, (data, vector) in enumerate(drops):
                target = watched / f"drop {i:02d}.jpg"
                with open(target, "wb") as f:
                    f.write(data)
                landed = time.monotonic()  # written and closed

                def found(path: str = str(target), query: Any = vector) -> bool:
                    if reader.vector_dim(model_id) is None:
                        return False
                    return any(r.path == path for r in searcher.search([QueryTerm(query)], 5))

                assert changes.wait_until(found, 60), f"{target} never showed up"
                latencies.append(time.monotonic() - landed)
                live.wait_idle(10)
                time.sleep(gap)  # photos dropped one at a time, not in a burst

            # -- a burst of many photos --------------------------------------------------
            contents = [
                (watched / "burst" / f"IMG_{i:05d}.jpg", _photo(i, 64, 48)) for i in range(burst)
            ]
            before = reader.counts(model_id).indexed
            started = time.monotonic()
            (watched / "burst").mkdir()
            for path, data in contents:
                with open(path, "wb") as f:
                    f.write(data)
            written_s = time.monotonic() - started
            assert changes.wait_until(
                lambda: reader.counts(model_id).indexed >= before + burst, 600
            ), "the burst was not indexed in 10 minutes"
            indexed_s = time.monotonic() - started
        finally:
            live.stop()
            reader.close()
            library.close()
        import torch

        return {
            "photos_dropped": photos,
            "latency_s_median": common.median(latencies),
            "latency_s_p90": common.percentile(latencies, 90),
            "latency_s_min": min(latencies),
            "latency_s_max": max(latencies),
            "latency_s_each": latencies,
            "burst_files": burst,
            "burst_written_s": written_s,
            "burst_indexed_s": indexed_s,
            "burst_files_per_s": burst / indexed_s,
            "settle_s": live.settle,
            "settle_after_close_s": live.settle_after_close,
            "tick_s": live.tick,
            "torch_threads": torch.get_num_threads(),
            "models": str(models),
            "machine": common.machine(),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", help="folder holding tiny-image and tiny-text")
    parser.add_argument("--photos", type=int, default=20, help="photos dropped one at a time")
    parser.add_argument("--burst", type=int, default=2000, help="photos in the burst")
    parser.add_argument("--gap", type=float, default=0.5, help="seconds between two drops")
    parser.add_argument(
        "--torch-threads",
        type=int,
        help="intra-op threads (default: $MCLIP_BENCH_TORCH_THREADS or all cores)",
    )
    args = parser.parse_args(argv)
    common.quiet()
    if args.torch_threads:
        os.environ["MCLIP_BENCH_TORCH_THREADS"] = str(args.torch_threads)
    common.set_torch_threads()
    common.emit("watch_latency", run(_models(args.models), args.photos, args.burst, args.gap))


if __name__ == "__main__":
    main()
