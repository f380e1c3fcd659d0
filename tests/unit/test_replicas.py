"""Tests of tests/support/replicas.py: the real-size random-weight model replicas load and encode.

Builds both replicas once per session (~5 s, ~1.15 GB in the pytest temp dir).
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from safetensors import safe_open
from tqdm.std import tqdm as std_tqdm

from tests.support import replicas

pytestmark = pytest.mark.slow

IMAGE_FILES = {
    ".gitattributes",
    "README.md",
    "modules.json",
    "config_sentence_transformers.json",
    "0_CLIPModel/config.json",
    "0_CLIPModel/merges.txt",
    "0_CLIPModel/model.safetensors",  # pytorch_model.bin in the published repo
    "0_CLIPModel/preprocessor_config.json",
    "0_CLIPModel/special_tokens_map.json",
    "0_CLIPModel/tokenizer_config.json",
    "0_CLIPModel/vocab.json",
}
TEXT_FILES = {
    ".gitattributes",
    "README.md",
    "modules.json",
    "config_sentence_transformers.json",
    "0_Transformer/config.json",
    "0_Transformer/model.safetensors",  # pytorch_model.bin in the published repo
    "0_Transformer/sentence_bert_config.json",
    "0_Transformer/special_tokens_map.json",
    "0_Transformer/tokenizer.json",
    "0_Transformer/tokenizer_config.json",
    "0_Transformer/vocab.txt",
    "1_Pooling/config.json",
    "2_Dense/config.json",
    "2_Dense/model.safetensors",  # pytorch_model.bin in the published repo
}
MULTILINGUAL = [
    "a red circle on a white background",
    "ein roter Kreis auf weißem Hintergrund",
    "un cercle rouge sur fond blanc",
    "un círculo rojo sobre fondo blanco",
    "красный круг на белом фоне",
    "دائرة حمراء على خلفية بيضاء",
    "白色背景上的红色圆圈",
    "白い背景に赤い円",
    "흰색 배경의 빨간 원",
]
WEIGHT_WORDS = (
    "missing",
    "unexpected",
    "newly initialized",
    "not initialized",
    "load report",
    "not used",
)


@pytest.fixture(autouse=True)
def _no_tqdm_monitor(monkeypatch):
    # transformers' "Loading weights" bar would start tqdm's global monitor thread.
    monkeypatch.setattr(std_tqdm, "monitor_interval", 0)


@pytest.fixture
def load_messages():
    """Collect log records (transformers logs with propagate=False) and Python warnings."""
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())

    handler = Collect(level=logging.WARNING)
    loggers = [
        logging.getLogger(n) for n in ("transformers", "sentence_transformers", "huggingface_hub")
    ]
    for lg in loggers:
        lg.addHandler(handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield records
    for lg in loggers:
        lg.removeHandler(handler)
    records.extend(str(w.message) for w in caught)


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def _rows(path: Path, key: str) -> int:
    with safe_open(str(path), "pt") as f:
        return f.get_slice(key).get_shape()[0]


def _assert_no_weight_messages(messages: list[str]) -> None:
    bad = [m for m in messages if any(w in m.lower() for w in WEIGHT_WORDS)]
    assert not bad, bad


def test_image_replica_layout(image_replica):
    assert _files(image_replica) == IMAGE_FILES
    weights = image_replica / "0_CLIPModel" / "model.safetensors"
    assert _rows(weights, "text_model.embeddings.token_embedding.weight") == 49408
    assert _rows(weights, "visual_projection.weight") == 512
    assert 600e6 < weights.stat().st_size < 610e6  # same as the published pytorch_model.bin


def test_text_replica_layout(text_replica):
    assert _files(text_replica) == TEXT_FILES
    weights = text_replica / "0_Transformer" / "model.safetensors"
    assert _rows(weights, "embeddings.word_embeddings.weight") == 119547
    assert (
        len((text_replica / "0_Transformer" / "vocab.txt").read_text(encoding="utf-8").splitlines())
        == 119547
    )
    with safe_open(str(text_replica / "2_Dense" / "model.safetensors"), "pt") as f:
        assert list(f.keys()) == ["linear.weight"]
        assert f.get_slice("linear.weight").get_shape() == [512, 768]


def test_image_replica_loads_and_encodes_images(image_replica, load_messages):
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(image_replica), device="cpu")
    rng = np.random.default_rng(0)
    images = [
        Image.fromarray(rng.integers(0, 256, (300, 400, 3), dtype=np.uint8)),
        Image.fromarray(rng.integers(0, 256, (640, 480, 3), dtype=np.uint8)),
    ]
    emb = model.encode(images)
    assert emb.shape == (2, 512) and emb.dtype == np.float32 and np.isfinite(emb).all()
    assert not np.allclose(emb[0], emb[1])
    text = model.encode(["a photo of a dog", "sunset at the beach"])
    assert text.shape == (2, 512) and np.isfinite(text).all()
    assert model.tokenizer("a photo")["input_ids"][0] == 49406  # <|startoftext|> as in real CLIP
    _assert_no_weight_messages(load_messages)


def test_text_replica_loads_and_encodes_multilingual_text(text_replica, load_messages):
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(text_replica), device="cpu")
    assert model.max_seq_length == 128
    emb = model.encode(MULTILINGUAL)
    assert emb.shape == (len(MULTILINGUAL), 512) and np.isfinite(emb).all()
    for text in MULTILINGUAL:
        assert "[UNK]" not in model.tokenizer.tokenize(text), text
    long = model.tokenize(["wort " * 500])
    assert long["input_ids"].shape[1] == 128
    _assert_no_weight_messages(load_messages)


def test_replicas_are_deterministic(tmp_path):
    """Tokenizer files are rebuilt byte-identically (weights use torch.manual_seed(seed))."""
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        replicas.build_clip_tokenizer_files(folder / "clip")
        replicas.build_wordpiece_tokenizer_files(folder / "wp")
    for rel in sorted(_files(a)):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
