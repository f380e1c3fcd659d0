"""Shared helpers for the benchmarks: a cache folder for replicas and generated photos,
machine facts, statistics, and JSON output.

Everything generated (real-size model replicas, 12 MP photos, 100k scan files) is kept under
``$MCLIP_BENCH_DIR`` (default: ``<tmp>/mclip-bench``) so that a second run only measures.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script (python benchmarks/x.py) or as a module
    sys.path.insert(0, str(ROOT))

# As in the app, the product's models module loads before torch: it sets torch's OpenMP
# waiting policy, which only takes effect if set before torch is imported.
import mclip_desktop.core.models  # noqa: E402, F401

BENCH_DIR = Path(os.environ.get("MCLIP_BENCH_DIR") or Path(tempfile.gettempdir()) / "mclip-bench")

PHOTO_WIDTH, PHOTO_HEIGHT = 4000, 3000
_COLOURS = ("red", "green", "blue", "yellow")
_SHAPES = ("circle", "square", "triangle", "star")


def quiet() -> None:
    """No progress bars or library chatter in benchmark output."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import logging

    logging.getLogger("transformers").setLevel(logging.ERROR)
    logging.getLogger("sentence_transformers").setLevel(logging.ERROR)


# -- machine --------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        flags = ""
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("flags"):
                    flags = line
                    break
        simd = [
            f
            for f in ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "avx512_bf16", "amx_bf16")
            if f" {f}" in flags
        ]
    except OSError:
        simd = []
    ram_gib = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    ram_gib = round(int(line.split()[1]) / 2**20, 1)
                    break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "simd": simd,
        "ram_gib": ram_gib,
        "python": platform.python_version(),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
    }


def load_avg() -> float:
    return round(os.getloadavg()[0], 2)


# -- statistics -----------------------------------------------------------------------


def median(values: Iterable[float]) -> float:
    return float(statistics.median(list(values)))


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 100))))
    return float(ordered[rank - 1])


def rounded(value: Any, digits: int = 3) -> Any:
    """Three decimals, or five significant digits for values below 1 (cosines, recalls)."""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return float(f"{value:.5g}") if abs(value) < 1 else round(value, digits)
    if isinstance(value, dict):
        return {k: rounded(v, digits) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(v, digits) for v in value]
    return value


def emit(name: str, result: dict[str, Any]) -> None:
    """Print one benchmark's result as one JSON document (the last line of its output)."""
    payload = {"benchmark": name, **rounded(result)}
    print(json.dumps(payload, ensure_ascii=False), flush=True)


class Stopwatch:
    def __enter__(self) -> Stopwatch:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.start


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm", encoding="utf-8") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


# -- inputs ---------------------------------------------------------------------------


def replicas() -> tuple[Path, Path]:
    """Real-size random-weight replicas of both models, built once (a few seconds)."""
    from tests.support import replicas as rep

    folder = BENCH_DIR / "replicas"
    image, text = folder / "clip-ViT-B-32", folder / "clip-ViT-B-32-multilingual-v1"
    for path, build in ((image, rep.build_image_replica), (text, rep.build_text_replica)):
        done = path / ".complete"
        if not done.exists():
            rep.remove(path) if path.exists() else None
            build(path)
            done.write_text("ok")
    return image, text


def photo_folder(count: int, width: int = PHOTO_WIDTH, height: int = PHOTO_HEIGHT) -> Path:
    """A folder of ``count`` photo-like JPEGs (camera size by default), made once.

    Each shows a shape on a noisy gradient (tests/support/synthetic.py), saved at quality 92
    with 4:2:0 subsampling and an EXIF block with a capture date, as cameras write them."""
    from PIL import Image

    from tests.support.synthetic import make_photo

    folder = BENCH_DIR / f"photos-{width}x{height}-n{count}"
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        path = folder / f"IMG_{i + 1:04d}.jpg"
        if path.exists():
            continue
        img = make_photo(
            _COLOURS[i % 4], _SHAPES[(i // 4) % 4], width=width, height=height, seed=1000 + i
        )
        exif = Image.Exif()
        exif[0x0132] = f"2024:05:{1 + i % 28:02d} 12:00:00"
        tmp = path.with_suffix(".tmp")
        img.save(tmp, "JPEG", quality=92, subsampling=2, exif=exif.tobytes())
        os.replace(tmp, path)
    done.write_text("ok")
    return folder


def photo_paths(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jpg"))


def set_torch_threads() -> int:
    """One explicit intra-op thread count for every measurement (the machine's cores)."""
    import torch

    threads = int(os.environ.get("MCLIP_BENCH_TORCH_THREADS") or (os.cpu_count() or 1))
    torch.set_num_threads(threads)
    return threads


# -- synthetic vector collections -----------------------------------------------------

DIM = 512


def _unit(x):  # type: ignore[no-untyped-def]
    import numpy as np

    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


class VectorSource:
    """Deterministic 512-d unit vectors, made in chunks (1M vectors never sit in memory
    twice).

    ``random``: uniform on the sphere (every vector nearly orthogonal to every other: the
    hardest case for HNSW, and unlike any photo collection).

    ``clustered``: shaped like CLIP image embeddings of a photo library: a strong shared
    component (random photo pairs have cosine ~0.5), 2,000 topics of Zipf-distributed sizes
    in a 96-d subspace, each with 24 "events" (bursts of similar shots), plus per-photo
    noise, so that nearest neighbours have cosine ~0.85-0.95.

    ``queries(n, kind)``: ``"image"`` queries come from the same distribution (new photos);
    ``"text"`` queries mimic CLIP's modality gap: they share a topic with the photos but not
    the shared image component, so their best cosine is ~0.3, as text-to-image scores are.
    """

    TOPICS, EVENTS, SUBSPACE = 2000, 24, 96

    def __init__(self, kind: str, seed: int = 0) -> None:
        import numpy as np

        if kind not in ("random", "clustered"):
            raise ValueError(kind)
        self.kind, self.seed = kind, seed
        rng = np.random.default_rng([seed, 12345])
        basis, _ = np.linalg.qr(rng.standard_normal((DIM, self.SUBSPACE + 1)))
        self.shared = basis[:, 0].astype(np.float32)
        self.basis = basis[:, 1:].astype(np.float32)  # (512, 96)
        self.topics = _unit(rng.standard_normal((self.TOPICS, self.SUBSPACE)))
        self.events = rng.standard_normal((self.TOPICS, self.EVENTS, self.SUBSPACE)).astype(
            np.float32
        )
        weights = 1.0 / np.arange(1, self.TOPICS + 1) ** 0.8
        self.topic_p = weights / weights.sum()

    def _clustered(self, rng, n: int, shared: float):  # type: ignore[no-untyped-def]
        import numpy as np

        t = rng.choice(self.TOPICS, size=n, p=self.topic_p)
        e = rng.integers(0, self.EVENTS, size=n)
        sub = (
            1.0 * self.topics[t]
            + 0.045 * self.events[t, e]
            + 0.028 * rng.standard_normal((n, self.SUBSPACE)).astype(np.float32)
        )
        x = sub @ self.basis.T + 1.05 * shared * self.shared
        x += 0.012 * rng.standard_normal((n, DIM)).astype(np.float32)
        return _unit(x)

    def chunk(self, index: int, n: int):  # type: ignore[no-untyped-def]
        import numpy as np

        rng = np.random.default_rng([self.seed, index])
        if self.kind == "random":
            return _unit(rng.standard_normal((n, DIM)).astype(np.float32))
        return self._clustered(rng, n, shared=1.0)

    BLOCK = 8192  # vector i is always made in block i // BLOCK: the same for any reader

    def iter_chunks(self, total: int):  # type: ignore[no-untyped-def]
        for i, start in enumerate(range(0, total, self.BLOCK)):
            yield start, self.chunk(i, min(self.BLOCK, total - start))

    def queries(self, n: int, kind: str = "image"):  # type: ignore[no-untyped-def]
        import numpy as np

        rng = np.random.default_rng([self.seed, 999_999, 0 if kind == "image" else 1])
        if self.kind == "random":
            return _unit(rng.standard_normal((n, DIM)).astype(np.float32))
        if kind == "image":
            return self._clustered(rng, n, shared=1.0)
        # Text-like: the topic direction, none of the images' shared component, an
        # orthogonal "text" component instead, and more noise.
        q = self._clustered(rng, n, shared=0.0)
        other = _unit(rng.standard_normal(DIM).astype(np.float32))
        other -= other.dot(self.shared) * self.shared
        q = 0.75 * q + 0.9 * _unit(other) + 0.05 * rng.standard_normal((n, DIM)).astype(np.float32)
        return _unit(q)


def exact_top_k(source: VectorSource, total: int, queries, k: int):  # type: ignore[no-untyped-def]
    """Exact cosine top-k over the whole collection (streamed), as (labels, scores)."""
    import numpy as np

    best_s = np.full((len(queries), k), -np.inf, dtype=np.float32)
    best_i = np.zeros((len(queries), k), dtype=np.int64)
    for start, vectors in source.iter_chunks(total):
        scores = queries @ vectors.T
        ids = np.arange(start, start + len(vectors))
        all_s = np.concatenate([best_s, scores], axis=1)
        all_i = np.concatenate([best_i, np.broadcast_to(ids, scores.shape)], axis=1)
        top = np.argpartition(-all_s, k - 1, axis=1)[:, :k]
        best_s = np.take_along_axis(all_s, top, axis=1)
        best_i = np.take_along_axis(all_i, top, axis=1)
    order = np.argsort(-best_s, axis=1)
    return np.take_along_axis(best_i, order, axis=1), np.take_along_axis(best_s, order, axis=1)
