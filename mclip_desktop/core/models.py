"""Loading the two models and turning photos and text into vectors of one shared space.

Models are named as on the Hugging Face hub (``clip-ViT-B-32`` is short for
``sentence-transformers/clip-ViT-B-32``) or given as a local folder in sentence-transformers
layout. A hub model missing from the cache is downloaded once, with progress reported
through a callback; offline and not cached gives a ModelUnavailableError that says what to do.

Only CLIP's image tower is kept for images: its text tower is dropped after loading, since
text goes through the multilingual model.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib
import importlib.machinery
import logging
import os
import sys
import threading
import types
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mclip_desktop.core.errors import ModelUnavailableError
from mclip_desktop.core.images import Preprocessing
from mclip_desktop.core.messages import Message

log = logging.getLogger(__name__)

# torch loads lazily, after this module. GNU OpenMP's worker threads spin while they wait for
# work; when anything else wants the CPU (decode threads, the window, a query, another
# program) the spinning doubled the CPU cost of inference and halved its speed in our
# measurements (benchmarks/, docs/performance.md). Passive waiting costs nothing measurable.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

FAST_INFERENCE_ENV = "MCLIP_FAST_INFERENCE"
FAST_INFERENCE_MODES = ("int8", "bf16")
AUTO_FAST_INFERENCE = "bf16"

DEFAULT_IMAGE_MODEL = "clip-ViT-B-32"
DEFAULT_TEXT_MODEL = "sentence-transformers/clip-ViT-B-32-multilingual-v1"

# Exports the app does not use; some hub repos carry hundreds of MB of them.
_IGNORED_FILES = [
    "onnx/*", "openvino/*", "coreml/*", "*.onnx", "*.h5", "*.msgpack", "*.ot",
    "flax_model*", "tf_model*", "rust_model*",
]  # fmt: skip


@dataclass(frozen=True)
class DownloadProgress:
    model: str
    done_bytes: int
    total_bytes: int


ProgressCallback = Callable[[DownloadProgress], None]


def fast_inference_mode() -> str | None:
    """The faster inference for both models: bf16 (linear layers in bfloat16, the rest fp32)
    by default, which ``_make_fast`` applies only on a CPU that computes in bf16; int8
    (dynamic int8 quantisation of the linear layers) when MCLIP_FAST_INFERENCE=int8; None,
    exact fp32, when it is off/fp32/0. bf16 meets the bar for turning on by itself (top-10
    agreement with fp32 0.998 text / 0.999 image on the tiny trained pair, cosine >= 0.99999
    on the real-size replicas); int8 does not (0.970 / 0.972), so it stays opt-in
    (docs/performance.md, ``python -m benchmarks.bench_fast_inference --rounds 0``)."""
    value = (os.environ.get(FAST_INFERENCE_ENV) or "").strip().lower()
    if value in ("", "auto", "on", "1", "yes", "true"):
        return AUTO_FAST_INFERENCE
    if value in ("0", "off", "no", "none", "false", "fp32"):
        return None
    if value not in FAST_INFERENCE_MODES:
        expected = ", ".join(FAST_INFERENCE_MODES)
        log.warning("Ignoring %s=%s: expected one of %s.", FAST_INFERENCE_ENV, value, expected)
        return AUTO_FAST_INFERENCE
    return value


IMAGE_MODEL_ENV = "MCLIP_IMAGE_MODEL"
TEXT_MODEL_ENV = "MCLIP_TEXT_MODEL"


def _looks_like_path(name: str) -> bool:
    """A hub name is "model" or "owner/model"; anything else is meant as a folder."""
    return (
        name.startswith((".", "/", "~"))
        or "\\" in name
        or name.count("/") > 1
        or Path(name).is_absolute()
    )


def repo_id_for(name: str) -> str:
    return name if "/" in name else f"sentence-transformers/{name}"


def _role(flag: str) -> str:
    """Which model a flag name stands for: the front ends word their own advice for each."""
    return "image" if "image" in flag else "text"


def _offline_message(name: str, flag: str, detail: str) -> Message:
    return Message("model.offline", {"model": name, "role": _role(flag)}, detail)


def _progress_class(name: str, callback: ProgressCallback) -> type:
    """A tqdm class for huggingface_hub's downloads that reports byte counts to the callback.

    huggingface_hub makes a "Downloading bytes" bar whose total grows as files are found,
    another for bytes written to disk, and a file counter; only the first is reported."""
    from tqdm.auto import tqdm

    class _Progress(tqdm):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["disable"] = True
            super().__init__(*args, **kwargs)
            self._mclip_done = int(kwargs.get("initial") or 0)
            desc = str(kwargs.get("desc") or "")
            self._mclip_reports = kwargs.get("unit") == "B" and desc.startswith("Download")

        def update(self, n: float | None = 1) -> bool | None:
            self._mclip_done += int(n or 0)
            if self._mclip_reports:
                total = int(getattr(self, "total", 0) or 0)
                callback(DownloadProgress(name, self._mclip_done, max(total, self._mclip_done)))
            return None

    return _Progress


def resolve_model(
    name: str, *, flag: str, progress: ProgressCallback | None = None
) -> tuple[Path, str]:
    """Find a model's folder: a local folder as given, else the hub cache, else download.
    Returns (folder, model id). The model id names the weights embeddings were made with."""
    local = Path(name).expanduser()
    if local.is_dir():
        if not (local / "modules.json").is_file():
            raise ModelUnavailableError(
                "model.not_a_model", path=str(local), model=name, role=_role(flag)
            )
        return local.resolve(), _local_model_id(local.resolve())
    if _looks_like_path(name):
        raise ModelUnavailableError(
            "model.folder_missing", path=str(local), model=name, role=_role(flag)
        )

    from huggingface_hub import errors as hub_errors
    from huggingface_hub import snapshot_download

    repo_id = repo_id_for(name)
    try:
        folder = snapshot_download(repo_id, local_files_only=True, ignore_patterns=_IGNORED_FILES)
        return Path(folder), repo_id
    except (hub_errors.LocalEntryNotFoundError, FileNotFoundError, OSError, ValueError):
        pass
    try:
        folder = snapshot_download(
            repo_id,
            ignore_patterns=_IGNORED_FILES,
            tqdm_class=_progress_class(name, progress) if progress else None,
        )
    except hub_errors.RepositoryNotFoundError as exc:
        raise ModelUnavailableError(
            "model.not_on_hub", detail=_short(exc), model=repo_id, role=_role(flag)
        ) from exc
    except hub_errors.OfflineModeIsEnabled as exc:
        raise ModelUnavailableError(_offline_message(name, flag, "offline mode is on")) from exc
    except (hub_errors.LocalEntryNotFoundError, hub_errors.HfHubHTTPError, OSError) as exc:
        raise ModelUnavailableError(_offline_message(name, flag, _short(exc))) from exc
    except Exception as exc:  # noqa: BLE001 - network stacks raise many kinds
        raise ModelUnavailableError(_offline_message(name, flag, _short(exc))) from exc
    return Path(folder), repo_id


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _local_model_id(folder: Path) -> str:
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            rel = path.relative_to(folder).as_posix()
            digest.update(rel.encode())
            digest.update(str(path.stat().st_size).encode())
            if path.suffix == ".json":
                digest.update(path.read_bytes())
    return f"local:{folder.name}:{digest.hexdigest()}"


DEVICE_ENV = "MCLIP_DEVICE"  # "cpu" or "cuda": the device chosen in the settings


def import_torch() -> types.ModuleType:
    """``import torch``, with its native libraries mapped first without holding the GIL.

    Python loads an extension module with dlopen while it holds the GIL. torch's pulls in
    libtorch_cpu, hundreds of MB to relocate: 0.2-0.7 s during which no other Python thread
    runs, so a window that imports torch on a background thread froze for that long
    (``benchmarks/bench_library_window``). A foreign call through ctypes releases the GIL, so
    the libraries are opened that way first; the import then finds them mapped. Where this is
    not possible (Windows, where torch opens its DLLs through ctypes already, or a layout
    without the library) the import does all the work, as before."""
    if "torch" not in sys.modules:
        _map_torch_libraries()
    import torch

    return torch


_TORCH_PYTHON_LIBRARY = {"linux": "libtorch_python.so", "darwin": "libtorch_python.dylib"}


def _map_torch_libraries() -> None:
    name = _TORCH_PYTHON_LIBRARY.get(sys.platform)
    if name is None:
        return
    import ctypes
    import importlib.util

    try:
        spec = importlib.util.find_spec("torch")
        if spec is None or spec.origin is None:
            return
        library = Path(spec.origin).parent / "lib" / name
        if not library.is_file():
            return
        libc = ctypes.CDLL(None)
        dlopen = libc.dlopen
        dlopen.restype, dlopen.argtypes = ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_int]
        # Resolved now (as the import's own dlopen does), so that nothing is left to do
        # under the GIL; local, as the import's are. The handle stays open: torch keeps
        # these libraries for the life of the process anyway.
        dlopen(os.fsencode(library), os.RTLD_NOW | os.RTLD_LOCAL)
    except (AttributeError, OSError, ValueError):
        return


def pick_device() -> str:
    torch = import_torch()

    chosen = os.environ.get(DEVICE_ENV, "").strip().lower()
    if chosen == "cpu" or (chosen == "cuda" and torch.cuda.is_available()):
        return chosen

    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return "mps"
    return "cpu"


def import_model_libraries(between: Callable[[], None] | None = None) -> None:
    """Import torch, transformers and sentence-transformers as loading a model does (seconds
    of Python the first time, nothing after), so that a caller can take that part apart
    from building the model. ``between`` is called before each of the three imports: the
    window waits there while the user scrolls. A failure is left for the load itself to
    report, with the model's name."""
    steps: list[Callable[[], object]] = [
        import_torch,
        lambda: importlib.import_module("transformers"),
        _sentence_transformer_class,
    ]
    for step in steps:
        if between is not None:
            between()
        with collector_paused():
            try:
                step()
            except Exception:  # noqa: BLE001 - reported by the load that follows
                log.debug("Importing the model libraries failed", exc_info=True)
                return


def _sentence_transformer_class() -> Any:
    logging.getLogger("transformers").setLevel(logging.ERROR)
    logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
    try:
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # the app shows its own progress
    except ImportError:  # pragma: no cover - older transformers
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with _sklearn_deferred():
            from sentence_transformers import SentenceTransformer
    return SentenceTransformer


def _load_sentence_transformer(folder: Path, name: str, flag: str, device: str) -> Any:
    try:
        sentence_transformer = _sentence_transformer_class()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return sentence_transformer(str(folder), device=device, local_files_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure means the files are unusable
        raise ModelUnavailableError(
            "model.load_failed", detail=_short(exc), model=name, path=str(folder), role=_role(flag)
        ) from exc


class _DeferredModule(types.ModuleType):
    """Stands in for a module while sentence-transformers is imported: a name taken from it
    is a function that imports the real module when first called."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        module_name = self.__name__

        def deferred(*args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module(module_name), name)(*args, **kwargs)

        deferred.__name__ = deferred.__qualname__ = name
        return deferred


@contextlib.contextmanager
def _sklearn_deferred() -> Iterator[None]:
    """Import sentence-transformers without scikit-learn. Its ``util`` package imports
    ``sklearn.metrics.pairwise_distances`` at import time for similarity functions the app
    never calls; scikit-learn costs about a second of every cold start (docs/performance.md).
    Anything that does call it imports the real scikit-learn then."""
    names = ("sklearn", "sklearn.metrics")
    if any(name in sys.modules for name in names) or "sentence_transformers" in sys.modules:
        yield
        return
    for name in names:
        stand_in = _DeferredModule(name)
        stand_in.__spec__ = importlib.machinery.ModuleSpec(name, None)
        stand_in.__path__ = []
        sys.modules[name] = stand_in
    try:
        yield
    finally:
        for name in names:
            if isinstance(sys.modules.get(name), _DeferredModule):
                del sys.modules[name]


class ImageEncoder:
    """CLIP's image tower and projection, fed with the app's own preprocessed pixels."""

    def __init__(
        self, name: str, folder: Path, model_id: str, device: str, fast: str | None = None
    ) -> None:
        import torch

        self.name, self.folder, self.model_id, self.device = name, folder, model_id, device
        st_model = _load_sentence_transformer(folder, name, "--image-model", device)
        module = st_model[0]
        clip = getattr(module, "auto_model", None)
        if (
            clip is None
            or not hasattr(clip, "vision_model")
            or not hasattr(clip, "visual_projection")
        ):
            raise ModelUnavailableError("model.not_clip_image", model=name, role="image")
        processor = getattr(module, "processor", None)
        image_processor = getattr(processor, "image_processor", processor)
        self.preprocessing = _preprocessing_of(image_processor, clip.config.vision_config.image_size)
        self.vision = clip.vision_model.eval()
        self.projection = clip.visual_projection.eval()
        self.dim = int(self.projection.out_features)
        self._torch = torch
        self._dtype = torch.float32
        del st_model, module, clip  # the text tower goes with them
        # The fast modes change vectors by less than CLIP can tell apart (cosine >= 0.999 to
        # fp32), so they keep the model id and mix with fp32 vectors in one index.
        self.fast = _make_fast(self.vision, fast, device) if fast else None
        if self.fast == "bf16" or (
            self.fast is None and device == "cpu" and _use_onednn_linear(self.vision)
        ):
            # The tower's other tensors still map the model file, which holds every replaced
            # weight too: copy them (a few MB) so that the mapping and its pages go.
            _own_memory(self.vision, self.projection)

    def encode(self, pixels: np.ndarray) -> np.ndarray:
        """(n, 3, size, size) preprocessed pixels -> (n, dim) unit vectors."""
        torch = self._torch
        with torch.inference_mode():
            batch = torch.from_numpy(np.ascontiguousarray(pixels)).to(self.device, self._dtype)
            pooled = self.vision(pixel_values=batch).pooler_output
            features = self.projection(pooled.float())
            features = torch.nn.functional.normalize(features, dim=-1)
            return features.float().cpu().numpy()


def _preprocessing_of(image_processor: Any, default_size: int) -> Preprocessing:
    crop = getattr(image_processor, "crop_size", None)
    if isinstance(crop, dict):
        size = crop.get("height")
    else:
        size = getattr(crop, "height", crop)
    mean = tuple(getattr(image_processor, "image_mean", None) or (0.48145466, 0.4578275, 0.40821073))
    std = tuple(getattr(image_processor, "image_std", None) or (0.26862954, 0.26130258, 0.27577711))
    resample = getattr(image_processor, "resample", 3)
    return Preprocessing(
        size=int(size or default_size),
        mean=(float(mean[0]), float(mean[1]), float(mean[2])),
        std=(float(std[0]), float(std[1]), float(std[2])),
        resample=int(getattr(resample, "value", resample)),
    )


def _own_memory(*modules: Any) -> None:
    """Copy the modules' remaining tensors out of the memory-mapped model file, so that the
    mapping (which also holds every weight already replaced) is released."""
    import torch

    with torch.no_grad():
        for module in modules:
            for sub in module.modules():
                for store in (sub._parameters, sub._buffers):
                    for name, tensor in store.items():
                        # Converted weights (oneDNN, bf16) are copies already.
                        if tensor is None or tensor.is_mkldnn or tensor.dtype == torch.bfloat16:
                            continue
                        copy = tensor.detach().clone()
                        is_param = isinstance(tensor, torch.nn.Parameter)
                        store[name] = torch.nn.Parameter(copy, False) if is_param else copy
    gc.collect()


def _drop_mapped_pages(folder: Path) -> None:
    """Linux: give back the resident pages of the model files under ``folder`` that this
    process maps (safetensors weights are memory-mapped). They are clean, read-only file
    pages: any still in use fault back in from the page cache when next touched. After a
    conversion has copied the weights it needed, this returns ~170 MB of the text model's
    fp32 linear weights that resident memory would otherwise keep counting."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        files = {os.path.realpath(p) for p in folder.rglob("*.safetensors")}
        with open("/proc/self/smaps", encoding="utf-8", errors="replace") as smaps:
            lines = smaps.read().splitlines()
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return
    madv_dontneed = 4
    region: list[str] | None = None
    for line in [*lines, "end-of-regions"]:
        head = line.split(maxsplit=5)
        if head and "-" in head[0] and ":" not in head[0]:
            region = head if len(head) == 6 and head[5].strip() in files else None
        elif region is not None and line.startswith("Anonymous:"):
            # A page this process wrote (copy-on-write) would lose its contents: only a
            # region with none is given back.
            if int(line.split()[1]) == 0:
                start, end = (int(x, 16) for x in region[0].split("-"))
                libc.madvise(ctypes.c_void_p(start), ctypes.c_size_t(end - start), madv_dontneed)
            region = None


def _use_onednn_linear(module: Any) -> bool:
    """Compute ``module``'s linear layers with oneDNN, in fp32 as before (the same vectors
    to 1e-7), when MCLIP_ONEDNN_LINEAR=1. torch sends fp32 matrix products to MKL, which
    takes a generic path on AMD processors; oneDNN made the image tower 1.9x faster on an
    AMD EPYC. Off by default: converting the weights briefly holds them twice (about
    +600 MB at load; docs/performance.md). Any layer oneDNN cannot reproduce stays as it
    was. Returns whether any layer was replaced."""
    import torch

    if os.environ.get("MCLIP_ONEDNN_LINEAR") != "1":
        return False
    if not torch.backends.mkldnn.is_available():  # type: ignore[no-untyped-call]
        return False
    swapped = False
    for parent in list(module.modules()):
        for name, child in list(parent.named_children()):
            if type(child) is not torch.nn.Linear:
                continue
            try:
                replacement = _onednn_linear_class()(child)
                with torch.inference_mode():
                    seeded = torch.Generator().manual_seed(0)  # leaves torch's own RNG alone
                    probe = torch.randn(2, child.in_features, generator=seeded)
                    same = torch.allclose(replacement(probe), child(probe), rtol=1e-4, atol=1e-5)
            except (RuntimeError, AttributeError) as exc:  # no oneDNN kernels for this layer
                log.info("Keeping torch's own linear layers (%s).", exc)
                return swapped
            if same:
                setattr(parent, name, replacement)
                swapped = True
    return swapped


def _onednn_linear_class() -> Any:
    """An inference-only ``nn.Linear`` whose weight sits in oneDNN's layout (made on first
    use, since torch loads lazily)."""
    global _ONEDNN_LINEAR
    if _ONEDNN_LINEAR is None:
        import torch

        class OneDnnLinear(torch.nn.Module):
            def __init__(self, linear: torch.nn.Linear) -> None:
                super().__init__()
                self.in_features, self.out_features = linear.in_features, linear.out_features
                bias = linear.bias if linear.bias is not None else torch.zeros(linear.out_features)
                # Parameters (frozen), so that the model's size still counts them.
                self.weight = torch.nn.Parameter(linear.weight.detach().float().to_mkldnn(), False)
                self.bias = torch.nn.Parameter(bias.detach().float().to_mkldnn(), False)

            def forward(self, x: torch.Tensor) -> torch.Tensor:
                x = x.contiguous().to_mkldnn()
                out = torch.ops.aten.mkldnn_linear(x, self.weight, self.bias)
                return out.to_dense()  # type: ignore[no-any-return]

        _ONEDNN_LINEAR = OneDnnLinear
    return _ONEDNN_LINEAR


_ONEDNN_LINEAR: Any = None


def _bf16_linear_layers(module: Any) -> None:
    """Run ``module``'s linear layers in bf16 (weights stored in bf16, half the bytes to
    read per query) while layer norms, softmax and the residual stream stay fp32: the
    vectors stay closer to fp32 than with the whole module in bf16 (cosine 0.99999 against
    0.99995 on the text replica) at the same speed."""
    import torch

    for parent in list(module.modules()):
        for name, child in list(parent.named_children()):
            if type(child) is torch.nn.Linear:
                setattr(parent, name, _bf16_linear_class()(child))


def _bf16_linear_class() -> Any:
    global _BF16_LINEAR
    if _BF16_LINEAR is None:
        import torch

        class Bf16Linear(torch.nn.Module):
            def __init__(self, linear: torch.nn.Linear) -> None:
                super().__init__()
                self.in_features, self.out_features = linear.in_features, linear.out_features
                self.weight = torch.nn.Parameter(linear.weight.detach().bfloat16(), False)
                bias = linear.bias
                self.bias = (
                    None if bias is None else torch.nn.Parameter(bias.detach().bfloat16(), False)
                )

            def forward(self, x: torch.Tensor) -> torch.Tensor:
                out = torch.nn.functional.linear(x.bfloat16(), self.weight, self.bias)
                return out.to(x.dtype)

        _BF16_LINEAR = Bf16Linear
    return _BF16_LINEAR


_BF16_LINEAR: Any = None


def _make_fast(module: Any, mode: str, device: str) -> str | None:
    """Convert ``module`` in place for the fast inference ``mode``; returns the mode, or None
    (and leaves the module as it was) where this machine cannot run it."""
    import torch

    if device != "cpu":
        log.info("Fast inference (%s) is for CPUs; using %s as it is.", mode, device)
        return None
    if mode == "bf16":
        bf16 = getattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False)()
        amx = getattr(torch.cpu, "_is_amx_tile_supported", lambda: False)()
        if not (bf16 or amx):  # emulated bf16 would be slower than fp32
            log.info("This CPU has no bf16 arithmetic; fast inference stays off.")
            return None
        _bf16_linear_layers(module)
        return mode
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # eager-mode quantisation is marked deprecated
            torch.ao.quantization.quantize_dynamic(  # type: ignore[no-untyped-call]
                module, {torch.nn.Linear}, dtype=torch.qint8, inplace=True
            )
    except (AttributeError, RuntimeError) as exc:  # gone from torch, or no int8 kernels here
        log.info("int8 inference is not available (%s); fast inference stays off.", exc)
        return None
    return mode


# Queries of up to this many texts are encoded on one thread.
_FEW_TEXTS = 4


def _per_thread_threads() -> bool:
    """Whether torch's intra-op thread count is per thread (the OpenMP backend of the
    official builds); with a shared pool, changing it would throttle other threads."""
    global _PER_THREAD
    if _PER_THREAD is None:
        torch = import_torch()

        _PER_THREAD = "parallel backend: OpenMP" in torch.__config__.parallel_info()
    return _PER_THREAD


_PER_THREAD: bool | None = None
per_thread_threads = _per_thread_threads


class TextEncoder:
    """The multilingual text model, landing in the image tower's space."""

    def __init__(
        self, name: str, folder: Path, model_id: str, device: str, fast: str | None = None
    ) -> None:
        self.name, self.folder, self.model_id, self.device = name, folder, model_id, device
        self._model = _load_sentence_transformer(folder, name, "--text-model", device)
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension())
        self.fast = _make_fast(self._model, fast, device) if fast else None
        if self.fast:
            # Converting read every fp32 weight it replaced from the mapped model file; the
            # rest (the 120k-word embedding table, mostly never touched) must stay mapped.
            _drop_mapped_pages(folder)

    def encode(self, texts: list[str]) -> np.ndarray:
        import torch

        # A query is one short text: one thread answers it fastest. Splitting such small
        # products across threads costs more than it saves, and while indexing keeps the
        # cores busy it made queries ten times slower. With OpenMP the thread count belongs
        # to the calling thread, so the indexer's threads are left alone.
        threads = torch.get_num_threads()
        single = len(texts) <= _FEW_TEXTS and threads > 1 and _per_thread_threads()
        if single:
            torch.set_num_threads(1)
        try:
            vectors = self._model.encode(
                texts,
                batch_size=32,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        finally:
            if single:
                torch.set_num_threads(threads)
        vectors = np.asarray(vectors, dtype=np.float32)
        if self.fast:  # normalised in reduced precision: make them unit length in fp32
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return vectors


def load_image_encoder(name: str, progress: ProgressCallback | None = None) -> ImageEncoder:
    folder, model_id = resolve_model(name, flag="--image-model", progress=progress)
    with collector_paused():
        return ImageEncoder(name, folder, model_id, pick_device(), fast=fast_inference_mode())


def load_text_encoder(name: str, progress: ProgressCallback | None = None) -> TextEncoder:
    folder, model_id = resolve_model(name, flag="--text-model", progress=progress)
    with collector_paused():
        return TextEncoder(name, folder, model_id, pick_device(), fast=fast_inference_mode())


_pause_lock = threading.Lock()
_pauses = 0
_collecting_before = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cycle collection while a model loads, and none over what it made after.

    Importing torch and transformers and building a model makes hundreds of thousands of
    objects, which set off a collection every few thousand allocations; each walks every
    young object, 30-50 ms with the GIL held, on whichever thread allocates (in the window,
    a frozen frame: ``benchmarks/bench_library_window``). Loading leaves almost no garbage in
    cycles (about 140 objects for the text model), so those collections found nothing worth
    their pause. When the load ends, what is alive is frozen (``gc.freeze``) before
    collecting resumes: else the first collection would walk all of it at once (0.2-0.4 s).
    The model lives until the app drops it; whoever drops one calls ``gc.unfreeze`` first
    so that its reference cycles can go (``gui/memory.release``).

    Process-wide, since the collector is: nested and concurrent loads resume collecting
    when the last one ends, and only if it was on before."""
    global _pauses, _collecting_before
    with _pause_lock:
        if _pauses == 0:
            _collecting_before = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _collecting_before:
                gc.freeze()
                gc.enable()


def lasting_name(name: str) -> str:
    """The name to keep for a model the user gave: a folder named relative to the working
    directory becomes absolute, so the library finds it again from anywhere; ``~`` and hub
    names stay as given."""
    if not name or name.startswith("~") or Path(name).is_absolute():
        return name
    if _looks_like_path(name) or Path(name).is_dir():
        return str(Path(name).resolve())
    return name


def image_model_id(name: str) -> str:
    """The model id for a name without loading weights (for status and search set-up).
    Returns the id of a cached or local model, else the hub repo id."""
    local = Path(name).expanduser()
    if local.is_dir():
        return _local_model_id(local.resolve())
    return repo_id_for(name)
